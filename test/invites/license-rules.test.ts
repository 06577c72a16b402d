import { check, codes, ok } from "./check-rows";

describe("License type (article: blank = access; support when the team has only support)", () => {
  test("blank resolves to Access on a team with both types, and is accepted", () => {
    expect(check([ok("a@x.com")], { licenses: { access: 5, support: 5 } })).toEqual([]);
  });

  test("blank resolves to Support on a support-only team, and is accepted", () => {
    expect(check([ok("a@x.com")], { licenses: { support: 5 } })).toEqual([]);
  });

  test.each([
    ["Access", "Access"],
    ["Remote Access", "Access"],
    ["End user", "Access"],
    ["end-user", "Access"],
    ["Support", "Support"],
    ["Technician", "Support"],
    ["TECHNICIAN", "Support"],
    ["remote support", "Support"],
  ])("Splashtop's own name %s is understood as %s", (written, canonical) => {
    const findings = check([ok("a@x.com", { licenseType: written })]);
    if (written === canonical) expect(findings).toEqual([]);
    else
      expect(findings).toEqual([
        expect.objectContaining({ code: "non-canonical", severity: "warning", column: "licenseType", fix: canonical }),
      ]);
  });

  test("unknown-license-type: a word Splashtop does not use is an error that lists what is accepted", () => {
    const [f] = check([ok("a@x.com", { licenseType: "Premium" })]);
    expect(f).toMatchObject({ code: "unknown-license-type", severity: "error", column: "licenseType" });
    expect(f?.message).toMatch(/Access/);
    expect(f?.message).toMatch(/Technician/);
  });

  test("license-not-in-plan: support on an access-only team fails (article)", () => {
    const findings = check([ok("a@x.com", { licenseType: "Support" }), ok("b@x.com")], { licenses: { access: 10 } });
    expect(codes(findings)).toEqual(["2:license-not-in-plan"]);
  });

  test("license-not-in-plan: a team without any licenses cannot invite even with a blank type", () => {
    expect(codes(check([ok("a@x.com")], { licenses: {} }))).toEqual(["2:license-not-in-plan"]);
  });
});

describe("seat-limit (troubleshooting article: rows past the plan's limit are not invited)", () => {
  test("rows past the seats left fail, in sheet order", () => {
    const findings = check([ok("a@x.com"), ok("b@x.com"), ok("c@x.com"), ok("d@x.com")], { licenses: { access: 2 } });
    expect(codes(findings)).toEqual(["4:seat-limit", "5:seat-limit"]);
    expect(findings[0]?.message).toMatch(/2 Access seats left/);
  });

  test("seats are counted per license type", () => {
    const findings = check([ok("a@x.com", { licenseType: "Support" }), ok("b@x.com"), ok("c@x.com", { licenseType: "Technician" })], {
      licenses: { access: 1, support: 1 },
    });
    expect(codes(findings.filter((f) => f.code === "seat-limit"))).toEqual(["4:seat-limit"]);
  });

  test("only rows with no other error use a seat", () => {
    const findings = check([ok("bad-address"), ok("a@x.com"), ok("a@x.com"), ok("b@x.com")], { licenses: { access: 2 } });
    expect(codes(findings)).toEqual(["2:invalid-email", "4:duplicate-account"]);
  });

  test("null seats means no limit; zero seats means none left", () => {
    expect(check([ok("a@x.com"), ok("b@x.com")], { licenses: { access: null } })).toEqual([]);
    expect(codes(check([ok("a@x.com")], { licenses: { access: 0 } }))).toEqual(["2:seat-limit"]);
    // Right at zero and at one: no "0 seats ... the rows above use them" when no row above uses any.
    expect(check([ok("a@x.com")], { licenses: { access: 0 } })[0]?.message).toBe(
      "Your team has no Access seats left, so Splashtop will not invite this row. Add seats, remove rows, or use another license type.",
    );
    expect(check([ok("a@x.com"), ok("b@x.com")], { licenses: { access: 1 } })[0]?.message).toBe(
      "Your team has 1 Access seat left and the rows above use it, so Splashtop will not invite this row. Add seats, remove rows, or use another license type.",
    );
  });
});
