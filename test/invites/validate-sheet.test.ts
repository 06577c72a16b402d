import { countFindings, FindingSchema, MISTAKES, resolveTeam, sampleSheet, validateSheet } from "../../src/invites";
import { check, codes, ok, rows } from "./check-rows";

describe("validateSheet", () => {
  test("blank rows are ignored but keep their place: row numbers stay the sheet's", () => {
    const findings = check([ok("a@x.com"), {}, { displayName: "   " }, ok("nope")]);
    expect(codes(findings)).toEqual(["5:invalid-email"]);
  });

  test("findings come in row order, then column order", () => {
    const findings = check([ok(" b@x.com ", { role: "Boss", licenseType: "Gold" }), ok("a@x.com"), ok("a@x.com", { group: " Sales " })]);
    expect(findings.map((f) => `${f.row}:${f.column}`)).toEqual(["2:account", "2:licenseType", "2:role", "4:account", "4:group"]);
  });

  test("every finding has the documented shape", () => {
    const findings = check([ok("x"), ok(" =a@x.com", { role: "owner", licenseType: "z" })], { inviterRole: "admin" });
    for (const f of findings) expect(FindingSchema.parse(f)).toEqual(f);
  });

  test("a 50,000-row sheet with 900 known mistakes yields exactly those findings", () => {
    const sheet = sampleSheet(50_000, 900);
    const findings = validateSheet(sheet.rows, resolveTeam());
    const expected = sheet.mistakes.map((m) => `${m.index + 2}:${m.code}`);
    expect(codes(findings)).toEqual(expected);
    expect(new Set(sheet.mistakes.map((m) => m.code))).toEqual(new Set(MISTAKES));
  });

  test("countFindings counts errors, warnings and the rows that will fail", () => {
    const list = rows(ok("x"), ok("y", { displayName: " n" }), ok("z@x.com", { role: "admin" }));
    const findings = validateSheet(list, resolveTeam());
    expect(countFindings(list, findings)).toEqual({ rows: 3, errors: 2, warnings: 2, rowsWithErrors: 2 });
  });

  test("countFindings counts people: blank rows (spaces only included) are not rows", () => {
    const list = rows(ok("a@x.com"), {}, { displayName: " \t " }, ok("b@x.com"));
    expect(countFindings(list, validateSheet(list, resolveTeam())).rows).toBe(2);
  });

  test("a row the reader flagged is an error row for the sheet-wide passes: it takes no seat", () => {
    const list = rows(ok("a@x.com"), ok("b@x.com"));
    const flagged = {
      row: 2,
      column: null,
      code: "extra-values" as const,
      severity: "error" as const,
      message: "This row has 3 values but the header has 2 columns.",
    };
    const findings = validateSheet(list, resolveTeam({ licenses: { access: 1 } }), 2, { readFindings: [flagged] });
    expect(codes(findings)).toEqual(["2:extra-values"]);
  });
});
