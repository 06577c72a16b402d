import { check, codes, ok } from "./check-rows";

describe("Splashtop account (article: the invitee's email address)", () => {
  test("a plain address is accepted as it is", () => {
    expect(check([ok("ann.lee@contoso.com", { displayName: "Ann Lee" })])).toEqual([]);
  });

  test("missing-account: a row with a name but no address cannot be invited", () => {
    const [f] = check([{ displayName: "Ann Lee" }]);
    expect(f).toMatchObject({ row: 2, column: "account", code: "missing-account", severity: "error" });
    expect(f?.message).toMatch(/email address/);
  });

  test.each([
    ["ann.lee", /no @/],
    ["ann@@contoso.com", /more than one @/],
    ["ann lee@contoso.com", /space/],
    ["@contoso.com", /nothing before the @/],
    ["ann@", /nothing after the @/],
    ["ann@contoso", /end of the domain/],
    ["ann..lee@contoso.com", /two dots/],
    [".ann@contoso.com", /dot at the start/],
    ["ann@contoso..com", /empty part in the domain/],
    ["ann@10.0.0.1", /number/],
    ["ann(lee)@contoso.com", /character "\("/],
    ["zoë@contoso.com", /non-ASCII/],
    [`${"a".repeat(65)}@contoso.com`, /64 characters/],
    [`ann@${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`, /longer than 254/],
  ])("invalid-email: %s is refused, saying why", (account, why) => {
    const [f] = check([ok(account)]);
    expect(f).toMatchObject({ column: "account", code: "invalid-email", severity: "error" });
    expect(f?.message).toMatch(why);
    expect(f?.fix).toBeUndefined();
  });

  test.each([
    ["Ann Lee <ann.lee@contoso.com>", "ann.lee@contoso.com"],
    ["mailto:ann.lee@contoso.com", "ann.lee@contoso.com"],
    ["<ann.lee@contoso.com>", "ann.lee@contoso.com"],
  ])("invalid-email with a fix: %s pasted from a mail client offers just the address", (account, fix) => {
    expect(check([ok(account)])).toEqual([expect.objectContaining({ code: "invalid-email", fix })]);
  });

  test("addresses the WHATWG form allows are accepted: plus tags, apostrophes, subdomains, hyphens", () => {
    const accounts = ["ann+it@contoso.com", "o'brien@contoso.co.uk", "a.b-c@mail.eu.contoso.com", "x@xn--bcher-kva.de"];
    expect(check(accounts.map((a) => ok(a)))).toEqual([]);
  });

  test("control-characters: a zero-width space pasted from a web page is found and can be removed", () => {
    const [f] = check([ok("ann\u200b@contoso.com")]);
    expect(f).toMatchObject({ code: "control-characters", severity: "error", fix: "ann@contoso.com" });
    expect(f?.message).toMatch(/zero-width space/);
  });

  test("duplicate-account: each later occurrence, ignoring case and spaces, names the first row", () => {
    const findings = check([ok("ann@contoso.com"), ok("bob@contoso.com"), ok(" ANN@Contoso.com "), ok("ann@contoso.com")]);
    const duplicates = findings.filter((f) => f.code === "duplicate-account");
    expect(codes(duplicates)).toEqual(["4:duplicate-account", "5:duplicate-account"]);
    expect(duplicates.every((f) => /row 2/.test(f.message))).toBe(true);
  });

  test("duplicate-account: non-ASCII text compares case-insensitively too", () => {
    const findings = check([ok("ÄNN@x.com"), ok("änn@x.com"), ok("ann@x.com")]);
    expect(codes(findings.filter((f) => f.code === "duplicate-account"))).toEqual(["3:duplicate-account"]);
  });

  test("already-member: someone already on the team is not invited again (case-insensitive)", () => {
    const findings = check([ok("Ann@Contoso.com"), ok("bob@contoso.com")], { existingMembers: ["ann@contoso.com"] });
    expect(codes(findings)).toEqual(["2:already-member"]);
  });
});
