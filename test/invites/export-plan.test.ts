import { exportRefusal, leftOutNote, planExport, resolveTeam, validateSheet } from "../../src/invites";
import { ok, rows } from "./check-rows";

const plan = (list: ReturnType<typeof rows>, skipInvalid: boolean) =>
  planExport(list, validateSheet(list, resolveTeam()), { skipInvalid, firstRow: 2 });

describe("planExport", () => {
  test("refuses while errors remain, naming the rows", () => {
    expect(plan(rows(ok("a@x.com"), ok("bad"), ok("c@x.com"), ok("bad2")), false)).toEqual({ ok: false, rowsWithErrors: [3, 5] });
  });

  test("with skipInvalid, leaves out exactly the rows with errors and says which", () => {
    const result = plan(rows(ok("a@x.com"), ok("bad"), ok("c@x.com")), true);
    expect(result).toMatchObject({ ok: true, rowNumbers: [2, 4], skipped: [3] });
  });

  test("writes canonical spellings, trims, keeps blanks blank, and never alters formula-like text", () => {
    const result = plan(rows(ok(" a@x.com", { licenseType: "technician", role: "admin", displayName: "=1+1" }), {}, ok("b@x.com")), false);
    expect(result).toEqual({
      ok: true,
      rows: [
        { account: "a@x.com", group: "", displayName: "=1+1", licenseType: "Support", role: "Admin" },
        { account: "b@x.com", group: "", displayName: "", licenseType: "", role: "" },
      ],
      rowNumbers: [2, 4],
      skipped: [],
    });
  });

  test("a new group written two ways goes out in the first row's spelling", () => {
    const result = plan(rows(ok("a@x.com", { group: "Field Ops" }), ok("b@x.com", { group: "field ops" })), false);
    expect(result.ok && result.rows.map((r) => r.group)).toEqual(["Field Ops", "Field Ops"]);
  });
});

describe("export refusals, written once for both surfaces", () => {
  const list = rows(ok("a@x.com"), ok("bad"), ok("c@x.com"), ok("bad2"));

  test("while errors remain, each surface says how to go on in its own words", () => {
    const refused = plan(list, false);
    expect(exportRefusal(refused, "pane")).toBe(
      'Export is blocked: rows 3, 5 have errors. Fix them, or choose "Skip invalid rows" to leave them out of the file.',
    );
    expect(exportRefusal(refused, "cli")).toBe(
      "Not exported: rows 3, 5 have errors. Fix them, or add --skip-invalid to leave those rows out.",
    );
  });

  test("nothing to export: every row has errors, or no one is in the list", () => {
    const allBad = plan(rows(ok("bad"), {}, ok("worse")), true);
    for (const surface of ["pane", "cli"] as const)
      expect(exportRefusal(allBad, surface)).toBe("Nothing to export: every row has errors (rows 2, 4).");
    const empty = plan(rows({}, { displayName: "  " }), false);
    expect(exportRefusal(empty, "pane")).toBe("Nothing to export: the invite table has no rows yet.");
    expect(exportRefusal(empty, "cli")).toBe("Nothing to export: the file has no rows of people.");
  });

  test("a plan with rows is not refused, and names the rows it left out", () => {
    const skipped = plan(list, true);
    expect(exportRefusal(skipped, "cli")).toBeNull();
    expect(leftOutNote(skipped)).toBe(" Left out rows 3, 5 (errors).");
    expect(leftOutNote(plan(rows(ok("a@x.com")), false))).toBe("");
  });
});
