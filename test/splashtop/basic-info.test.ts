// basic_info in every shape public code has seen (api-facts.ts): scopes as an object keyed by
// scope or as an array, the team id at the top or under scopes.<scope>.team_id, the address as
// email or user_email. Each is read into the same BasicInfo, or refused naming the field.
import { API_FACTS } from "../../src/splashtop/api-facts";
import { parseEnvelope } from "../../src/splashtop/envelope";
import { BasicInfoSchema, type BasicInfo } from "../../src/splashtop/profile-adapter";
import { checkUserScope } from "../../src/splashtop/token-scope";

const read = (data: unknown): BasicInfo => parseEnvelope({ result: 20200, data }, BasicInfoSchema, "basic_info");

test("scopes as an object keyed by scope, the team id under the users scope, the address as user_email", () => {
  const info = read({
    user_email: "owner@example.com",
    scopes: { psa: { team_id: 11 }, users: { team_id: 12, can_invite: true }, service_desk: {} },
  });
  expect(info).toEqual({ email: "owner@example.com", team_id: "12", scopes: ["psa", "users", "service_desk"] });
  expect(checkUserScope(info)).toEqual({ verdict: "ok" });
});

test("the team id only under another scope is used when every scope that names a team names the same one", () => {
  expect(read({ email: "a@example.com", scopes: { psa: { team_id: "77" }, service_desk: { team_id: 77 } } }).team_id).toBe("77");
  expect(read({ email: "a@example.com", scopes: { psa: { team_id: "77" }, users: true } }).team_id).toBe("77");
});

test("the top-level team id is used when no users scope names one; the users scope wins over it", () => {
  expect(read({ email: "a@example.com", team_id: 5, scopes: { psa: { team_id: 6 } } }).team_id).toBe("5");
  expect(read({ email: "a@example.com", team_id: 5, scopes: { users: { team_id: 6 } } }).team_id).toBe("6");
});

test("scopes as an array of names, the team id at the top, the address as email", () => {
  const info = read({
    email: "owner@example.com",
    team_id: "4242",
    role: "owner",
    name: "Owner",
    team_name: "Team",
    scopes: ["users", "groups"],
  });
  expect(info).toEqual({
    email: "owner@example.com",
    team_id: "4242",
    role: "owner",
    name: "Owner",
    team_name: "Team",
    scopes: ["users", "groups"],
  });
});

test("no scopes at all: read, with the scopes unknown, and the scope check says it cannot tell", () => {
  const info = read({ email: "a@example.com", team_id: 1 });
  expect(info.scopes).toBeNull();
  expect(checkUserScope(info)).toMatchObject({
    verdict: "unknown",
    message: expect.stringMatching(/did not say which scopes.*users scope/),
  });
});

test("a token without the users scope: the check says so plainly, naming its scopes and where to make one", () => {
  const check = checkUserScope(read({ email: "a@example.com", scopes: { psa: { team_id: 3 }, service_desk: { team_id: 3 } } }));
  expect(check.verdict).toBe("missing");
  expect("message" in check && check.message).toMatch(/cannot invite users: its scopes are psa, service_desk, and none of them is users/);
  expect("message" in check && check.message).toMatch(/Management > Settings > API/);
  expect(checkUserScope({ scopes: [] })).toMatchObject({ verdict: "missing", message: expect.stringMatching(/it has no scopes/) });
  expect(checkUserScope({ scopes: ["USERS"] })).toEqual({ verdict: "ok" });
});

test("shapes that cannot be read are refused naming the field", () => {
  expect(() => read({ team_id: 1 })).toThrow(/data\.email: no address \(neither email nor user_email\)/);
  expect(() => read({ email: "a@example.com", scopes: { psa: {} } })).toThrow(/data\.team_id: no team id/);
  expect(() => read({ email: "a@example.com", scopes: { psa: { team_id: 1 }, service_desk: { team_id: 2 } } })).toThrow(
    /different teams \(psa: 1, service_desk: 2\)/,
  );
  expect(() => read({ email: "a@example.com", team_id: 1, scopes: "users" })).toThrow(/data\.scopes/);
});

test("display fields are made safe to show: a token-like role or name is hidden and capped", () => {
  const info = read({ email: "a@example.com", team_id: 1, role: `admin ${"Zx9".repeat(20)}`, name: "n".repeat(500) });
  expect(info.role).toBe("admin [hidden]");
  expect(info.name?.length).toBeLessThanOrEqual(200);
});

test("every shape read here is listed in the one facts module, with what it rests on", () => {
  const ids = API_FACTS.map((fact) => `${fact.id}:${fact.status}`);
  expect(ids).toEqual(
    expect.arrayContaining([
      "basic-info-scopes-object:observed",
      "basic-info-scopes-array:assumed",
      "basic-info-team-id:observed",
      "basic-info-email:observed",
      "list-bare-array:observed",
      "list-users:assumed",
      "invite-call:assumed",
    ]),
  );
});
