import { check, codes, ok } from "./check-rows";

describe("Text hygiene", () => {
  test("whitespace: spaces around a value are a warning with the trimmed value as fix", () => {
    const findings = check([ok(" ann@x.com ", { displayName: "Ann Lee " })]);
    expect(findings.map((f) => [f.column, f.code, f.fix])).toEqual([
      ["account", "whitespace", "ann@x.com"],
      ["displayName", "whitespace", "Ann Lee"],
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  test("whitespace around a non-canonical spelling gives one fix, the canonical one", () => {
    const findings = check([ok("a@x.com", { licenseType: " technician " })]);
    expect(findings).toEqual([expect.objectContaining({ code: "non-canonical", fix: "Support" })]);
  });

  test("formula-like: text a spreadsheet would run is a warning, never given a fix", () => {
    const findings = check([ok("a@x.com", { displayName: "=HYPERLINK(\"http://evil\")" }), ok("b@x.com", { displayName: "+44 20 7946 0000" }), ok("c@x.com", { displayName: "@home" })]);
    expect(codes(findings)).toEqual(["2:formula-like", "3:formula-like", "4:formula-like"]);
    expect(findings.every((f) => f.fix === undefined && f.severity === "warning")).toBe(true);
  });

  test("control-characters: a line break inside a display name is an error, fixable to a space", () => {
    const [f] = check([ok("a@x.com", { displayName: "Ann\nLee" })]);
    expect(f).toMatchObject({ code: "control-characters", severity: "error", column: "displayName", fix: "Ann Lee" });
    expect(f?.message).toMatch(/line break/);
  });

  test("name-too-long: a very long display name is a warning (the limit is not public)", () => {
    const [f] = check([ok("a@x.com", { displayName: "A".repeat(200) })]);
    expect(f).toMatchObject({ code: "name-too-long", severity: "warning" });
  });

  test("unicode names are fine", () => {
    expect(check([ok("a@x.com", { displayName: "Zoë Müller-Łukasiewicz 李小龍 🙂", group: "Équipe Paris" })])).toEqual([]);
  });
});
