// Every finding says the same thing on both surfaces, in each surface's words: the pane has a Fix
// button, the command line has `invite-sheet fix` (issue #10: the CLI never says "Click Fix").
import fc from "fast-check";
import { QUOTE_LIMIT, resolveTeam, validateSheet } from "../../src/invites";
import { check, ok } from "./check-rows";
import { rows, team } from "./arbitraries";

describe("messages per surface", () => {
  test("the same findings on both surfaces; only the words for the fix differ", () => {
    fc.assert(
      fc.property(rows, team, (list, profile) => {
        const pane = validateSheet(list, resolveTeam(profile), 2, { surface: "pane" });
        const cli = validateSheet(list, resolveTeam(profile), 2, { surface: "cli" });
        const withoutMessage = (f: (typeof pane)[number]) => ({ ...f, message: "" });
        expect(cli.map(withoutMessage)).toEqual(pane.map(withoutMessage));
        for (const f of cli) {
          expect(f.message).not.toMatch(/\bClick\b/);
          if (f.fix !== undefined) expect(f.message).toMatch(/invite-sheet fix will /);
        }
        for (const f of pane) if (f.fix !== undefined) expect(f.message).toMatch(/Click Fix to /);
      }),
      { numRuns: 300 },
    );
  });

  test("a message is one line and quotes at most about 80 characters of a cell, however long the cell", () => {
    const long = (s: string) => s.repeat(5_000);
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom("account", "group", "displayName", "licenseType", "role" as const),
        fc.constantFrom("x", " y\n", "=z", "@ ", "\u200bq"),
        (list, column, piece) => {
          const grown = list.map((r) => ({ ...r, [column]: long(piece) + r[column] }));
          for (const f of validateSheet(grown, resolveTeam({ existingMembers: [long(piece)] }))) {
            expect(f.message).not.toMatch(/[\r\n]/);
            for (const quoted of f.message.match(/"[^"]*"/g) ?? []) expect(quoted.length).toBeLessThanOrEqual(QUOTE_LIMIT + 2);
            expect(f.message.length).toBeLessThan(600);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  test("a zero-width space is said to be removed, in a name and in an address; a tab or line break between words becomes a space", () => {
    const [name] = check([ok("a@x.com", { displayName: "Ann\u200b Lee" })]);
    expect(name).toMatchObject({ code: "control-characters", fix: "Ann Lee" });
    expect(name?.message).toBe("This cell contains a zero-width space. Click Fix to remove it.");
    const [address] = check([ok("ann\u200b@x.com")]);
    expect(address?.message).toMatch(/zero-width space.*Click Fix to remove it\.$/);
    expect(check([ok("a@x.com", { displayName: "Ann\tLee" })])[0]?.message).toBe(
      "This cell contains a tab. Click Fix to replace it with a space.",
    );
    const cli = validateSheet([{ account: "a@x.com", group: "", displayName: "Ann\u200b", licenseType: "", role: "" }], resolveTeam(), 2, {
      surface: "cli",
    });
    expect(cli[0]?.message).toBe("This cell contains a zero-width space. invite-sheet fix will remove it.");
  });
});
