import { describeProfileError, resolveTeam, TeamProfileSchema, validateSheet } from "../../src/invites";
import { codes, ok, rows } from "./check-rows";

describe("team profile", () => {
  test("defaults are permissive: owner, both license types unlimited, no known groups, 2000 groups", () => {
    const team = resolveTeam({});
    expect(team.inviterRole).toBe("owner");
    expect([...team.seats]).toEqual([
      ["access", null],
      ["support", null],
    ]);
    expect(team.defaultLicense).toBe("access");
    expect(team.maxGroups).toBe(2000);
    expect(team.userGroupsSupported).toBe(true);
  });

  test("a license key left out means none of that type in the plan", () => {
    const team = resolveTeam({ licenses: { support: 3 } });
    expect([...team.seats]).toEqual([["support", 3]]);
    expect(team.defaultLicense).toBe("support");
  });

  test("existing groups are counted once across user and computer groups, ignoring case", () => {
    expect(resolveTeam({ userGroups: ["Sales", "sales ", "HR"], computerGroups: ["hr", "Lab"] }).existingGroupCount).toBe(3);
  });

  test("maxGroups 0 is accepted: a team that may have no groups, so every new group is refused", () => {
    const parsed = TeamProfileSchema.safeParse({ maxGroups: 0 });
    expect(parsed.success).toBe(true);
    const findings = validateSheet(rows(ok("a@x.com", { group: "Sales" }), ok("b@x.com")), resolveTeam({ maxGroups: 0 }));
    expect(codes(findings)).toEqual(["2:group-limit"]);
    expect(TeamProfileSchema.safeParse({ maxGroups: -1 }).success).toBe(false);
  });

  test("a misspelt field or a wrong type is refused with the field named", () => {
    const typo = TeamProfileSchema.safeParse({ licences: {} });
    expect(typo.success).toBe(false);
    if (!typo.success) expect(describeProfileError(typo.error)).toMatch(/licences/);
    const negative = TeamProfileSchema.safeParse({ licenses: { access: -1 } });
    expect(negative.success).toBe(false);
    if (!negative.success) expect(describeProfileError(negative.error)).toMatch(/licenses\.access/);
    const role = TeamProfileSchema.safeParse({ inviterRole: "boss" });
    expect(role.success).toBe(false);
  });
});
