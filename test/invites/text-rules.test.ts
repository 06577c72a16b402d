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
    const findings = check([
      ok("a@x.com", { displayName: '=HYPERLINK("http://evil")' }),
      ok("b@x.com", { displayName: "+44 20 7946 0000" }),
      ok("c@x.com", { displayName: "@home" }),
    ]);
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

describe("Formula-like text (issue #10)", () => {
  test("a leading tab is whitespace, not a formula start: the message says tabs, and the fix trims", () => {
    const [f] = check([ok("a@x.com", { displayName: "\tAnn" })]);
    expect(f).toMatchObject({ code: "whitespace", fix: "Ann" });
    expect(f?.message).toMatch(/spaces, tabs or line breaks at the start or end/);
  });

  test("the formula-like message names the character the text starts with, after blanks", () => {
    const findings = check([
      ok("a@x.com", { displayName: "\t=cmd" }),
      ok("b@x.com", { displayName: "  @home" }),
      ok("c@x.com", { group: "+1" }),
    ]);
    expect(findings.map((f) => `${f.row}:${f.code}:${/^"[^"]*" starts with "."/.exec(f.message)?.[0]}`)).toEqual([
      '2:formula-like:"=cmd" starts with "="',
      '3:formula-like:"@home" starts with "@"',
      '4:formula-like:"+1" starts with "+"',
    ]);
  });

  test("formula-like text gets no fix of any kind: not its spaces, not an invisible character, not a group's spelling", () => {
    const findings = check([
      ok("a@x.com", { displayName: " =1+2 " }),
      ok("b@x.com", { displayName: "=x\u200b" }),
      ok("c@x.com", { group: "=Ops" }),
      ok("d@x.com", { group: "=OPS" }),
      ok("=Ann <e@x.com>"),
    ]);
    expect(findings.filter((f) => f.fix !== undefined)).toEqual([]);
    expect(findings.map((f) => `${f.row}:${f.code}`)).toEqual([
      "2:formula-like",
      "3:control-characters",
      "3:formula-like",
      "4:formula-like",
      "5:formula-like",
      "5:non-canonical",
      "6:invalid-email",
      "6:formula-like",
    ]);
    expect(findings.find((f) => f.code === "control-characters")?.message).toMatch(/Remove it by hand/);
  });
});

describe("damaged-text (a U+FFFD where a file had bytes that were not text)", () => {
  test.each(["account", "group", "displayName", "licenseType", "role"] as const)("is an error without a fix in %s", (column) => {
    const row = column === "account" ? ok("zo\ufffd@x.com") : ok("a@x.com", { [column]: "Zo\ufffd" });
    const found = check([row]).filter((f) => f.column === column && f.code === "damaged-text");
    expect(found[0]).toMatchObject({ code: "damaged-text", severity: "error" });
    expect(found[0]?.fix).toBeUndefined();
    expect(found[0]?.message).toMatch(/lost .* wrong encoding\. Retype/);
  });
});
