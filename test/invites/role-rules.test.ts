import { check, codes, ok } from "./check-rows";

describe("Role (article: only Admin and Member by CSV; blank = Member; Admin only by Owner or Super Admin)", () => {
  test("blank, Member and Admin are accepted from an Owner", () => {
    expect(check([ok("a@x.com"), ok("b@x.com", { role: "Member" }), ok("c@x.com", { role: "Admin" })])).toEqual([]);
  });

  test("non-canonical: admin and MEMBER are understood and offered in Splashtop's spelling", () => {
    const findings = check([ok("a@x.com", { role: "admin" }), ok("b@x.com", { role: "MEMBER" })]);
    expect(findings.map((f) => [f.code, f.fix])).toEqual([
      ["non-canonical", "Admin"],
      ["non-canonical", "Member"],
    ]);
  });

  test.each(["Owner", "Super Admin", "Group Admin"])("unknown-role: %s exists in Splashtop but cannot be set by an invite", (role) => {
    const [f] = check([ok("a@x.com", { role })]);
    expect(f).toMatchObject({ code: "unknown-role", severity: "error" });
    expect(f?.message).toMatch(/only Admin and Member/);
  });

  test("unknown-role: a word that is no role at all", () => {
    expect(check([ok("a@x.com", { role: "Boss" })])[0]?.message).toMatch(/not a role/);
  });

  test.each(["admin", "group-admin"] as const)("admin-not-allowed: a %s inviting an Admin fails", (inviterRole) => {
    expect(codes(check([ok("a@x.com", { role: "Admin" }), ok("b@x.com", { role: "Member" })], { inviterRole }))).toEqual([
      "2:admin-not-allowed",
    ]);
  });

  test("a Super Admin may invite Admins", () => {
    expect(check([ok("a@x.com", { role: "Admin" })], { inviterRole: "super-admin" })).toEqual([]);
  });
});
