import { check, codes, ok } from "./check-rows";

describe("Group (articles 212725363, 212725263: computer-group clash, 2000 groups, Business Access)", () => {
  test("a known user group in any case is accepted, offering the team's spelling", () => {
    const findings = check([ok("a@x.com", { group: "Sales" }), ok("b@x.com", { group: "sales" })], { userGroups: ["Sales"] });
    expect(findings).toEqual([expect.objectContaining({ row: 3, code: "non-canonical", fix: "Sales" })]);
  });

  test("group-is-computer-group: a name used by a computer group fails, case-insensitively", () => {
    const [f] = check([ok("a@x.com", { group: "lab pcs" })], { computerGroups: ["Lab PCs"] });
    expect(f).toMatchObject({ code: "group-is-computer-group", severity: "error", column: "group" });
    expect(f?.message).toMatch(/"Lab PCs" is the name of a computer group/);
  });

  test("user-groups-unsupported: Business Access has only computer groups", () => {
    expect(codes(check([ok("a@x.com", { group: "Sales" }), ok("b@x.com")], { userGroupsSupported: false }))).toEqual([
      "2:user-groups-unsupported",
    ]);
  });

  test("group-limit: new groups past maxGroups fail, counting user and computer groups, in sheet order", () => {
    const profile = { userGroups: ["Sales", "HR"], computerGroups: ["Lab PCs"], maxGroups: 5 };
    const findings = check(
      [
        ok("a@x.com", { group: "Ops" }), // new group 4
        ok("b@x.com", { group: "Sales" }), // existing
        ok("c@x.com", { group: "Legal" }), // new group 5
        ok("d@x.com", { group: "Design" }), // new group 6: over
        ok("e@x.com", { group: "ops" }), // same as row 2: no new group
        ok("f@x.com", { group: "Design" }), // still over
      ],
      profile,
    );
    expect(codes(findings.filter((f) => f.code === "group-limit"))).toEqual(["5:group-limit", "7:group-limit"]);
    expect(findings.find((f) => f.code === "group-limit")?.message).toMatch(/3 groups and may have at most 5/);
  });

  test("new-group: when the team's groups are known, a new name is pointed out once, in case it is a typo", () => {
    const findings = check([ok("a@x.com", { group: "Slaes" }), ok("b@x.com", { group: "Slaes" })], { userGroups: ["Sales"] });
    expect(codes(findings)).toEqual(["2:new-group"]);
  });

  test("non-canonical: a new group written two ways is offered the first row's spelling", () => {
    const findings = check([ok("a@x.com", { group: "Field Ops" }), ok("b@x.com", { group: "FIELD OPS" })]);
    expect(findings).toEqual([expect.objectContaining({ row: 3, code: "non-canonical", fix: "Field Ops" })]);
  });

  test("rows with errors create no groups", () => {
    const findings = check([ok("not-an-email", { group: "A" }), ok("b@x.com", { group: "B" })], { maxGroups: 1 });
    expect(codes(findings)).toEqual(["2:invalid-email"]);
  });
});
