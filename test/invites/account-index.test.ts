import fc from "fast-check";
import { checkRow, createAccountIndex, emptyRow, resolveTeam, rowFlags, sheetWideFindings, type InviteRow } from "../../src/invites";

const team = resolveTeam();
const accounts = ["ann@x.com", "ANN@x.com ", "bob@x.com", "carl@x.com", "", "  ", "not-an-email"];

function flagsOf(rows: readonly InviteRow[]): Uint8Array {
  return Uint8Array.from(rows, (row, i) => rowFlags(!row.account.trim() && !row.displayName, checkRow(row, 2 + i, team)));
}

type Step = { kind: "set"; index: number; account: string } | { kind: "insert"; at: number; count: number } | { kind: "remove"; at: number; count: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), index: fc.nat(30), account: fc.constantFrom(...accounts) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(30), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat(30), count: fc.integer({ min: 1, max: 3 }) }),
);

describe("a live account index", () => {
  test("after any sequence of edits, inserts and deletes it finds the same duplicates as a full pass", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...accounts), { minLength: 1, maxLength: 30 }), fc.array(step, { maxLength: 40 }), (initial, steps) => {
        const rows = initial.map((account) => ({ ...emptyRow(), account, displayName: "n" }));
        const index = createAccountIndex();
        rows.forEach((row, i) => index.set(i, row.account));
        for (const s of steps) {
          if (s.kind === "set" && s.index < rows.length) {
            rows[s.index] = { ...emptyRow(), account: s.account, displayName: "n" };
            index.set(s.index, s.account);
          } else if (s.kind === "insert" && s.at <= rows.length) {
            rows.splice(s.at, 0, ...Array.from({ length: s.count }, () => ({ ...emptyRow(), displayName: "n" })));
            index.shift(s.at, s.count);
          } else if (s.kind === "remove" && s.at < rows.length) {
            const count = Math.min(s.count, rows.length - s.at);
            rows.splice(s.at, count);
            index.shift(s.at, -count);
          }
          const flags = flagsOf(rows);
          const live = sheetWideFindings(rows, Uint8Array.from(flags), team, 2, index);
          const full = sheetWideFindings(rows, Uint8Array.from(flags), team, 2);
          expect(live).toEqual(full);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("a changed account moves its row between lists: the later copy is the duplicate, naming the first", () => {
    const index = createAccountIndex();
    index.set(0, "a@x.com");
    index.set(1, "b@x.com");
    index.set(2, "A@x.com");
    expect([...index.duplicates()]).toEqual([[2, 0]]);
    index.set(0, "c@x.com");
    expect([...index.duplicates()]).toEqual([]);
    index.set(1, "a@x.com");
    expect([...index.duplicates()]).toEqual([[2, 1]]);
  });
});
