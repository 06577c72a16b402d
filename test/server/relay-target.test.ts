// Which raw request targets the relay accepts: /relay/{global|eu|sandbox}/api/open/v1/... with
// plain segments, only the calls the pane makes (method, path, query parameter names), and
// nothing else, however it is encoded.
import { parseRelayTarget } from "../../src/server/relay-target";

test("the API paths the client uses are relayed, query included", () => {
  expect(parseRelayTarget("/relay/global/api/open/v1/users/basic_info", "GET")).toEqual({
    kind: "api",
    region: "global",
    path: "/api/open/v1/users/basic_info",
    query: "",
  });
  expect(
    parseRelayTarget("/relay/eu/api/open/v1/teams/4242/users?page=2&per_page=500&emails=ann%2Bx%40example.com,bo@example.com", "GET"),
  ).toEqual({
    kind: "api",
    region: "eu",
    path: "/api/open/v1/teams/4242/users",
    query: "page=2&per_page=500&emails=ann%2Bx%40example.com,bo@example.com",
  });
  expect(parseRelayTarget("/relay/sandbox/_control/stats", "GET")).toEqual({ kind: "control", action: "stats" });
});

// The pane's calls, written out here rather than taken from the code's list, so a change to the
// list that drops one of them fails.
test.each([
  ["GET", "/relay/global/api/open/v1/users/basic_info"],
  ["GET", "/relay/global/api/open/v1/teams/4242"],
  ["GET", "/relay/eu/api/open/v1/teams/4242/groups"],
  ["GET", "/relay/sandbox/api/open/v1/teams/4242/users?page=1&per_page=500"],
  ["GET", "/relay/global/api/open/v1/teams/team_7/users?page=3&per_page=500&emails=a@x.com"],
  ["POST", "/relay/global/api/open/v1/teams/4242/users/invite"],
])("the pane's call %s %s is relayed", (method, target) => {
  expect(parseRelayTarget(target, method).kind).toBe("api");
});

test.each([
  ["a call the pane never makes", "GET", "/relay/global/api/open/v1/teams/4242/computers", 404],
  ["deleting users", "POST", "/relay/global/api/open/v1/teams/4242/users/delete", 404],
  ["another team-level call", "GET", "/relay/global/api/open/v1/teams/4242/users/invite/extra", 404],
  ["a user by id", "GET", "/relay/global/api/open/v1/users/123", 404],
  ["the invite call read with GET", "GET", "/relay/global/api/open/v1/teams/4242/users/invite", 405],
  ["basic_info written with POST", "POST", "/relay/global/api/open/v1/users/basic_info", 405],
  ["DELETE on the users list", "DELETE", "/relay/global/api/open/v1/teams/4242/users", 405],
  ["a query on basic_info", "GET", "/relay/global/api/open/v1/users/basic_info?fields=all", 400],
  ["a query parameter the list never sends", "GET", "/relay/global/api/open/v1/teams/4242/users?page=1&role=admin", 400],
])("refused with its status: %s", (_what, method, target, status) => {
  expect(parseRelayTarget(target, method)).toMatchObject({ kind: "refused", status });
});

test.each([
  ["another region", "/relay/oc/api/open/v1/users/basic_info"],
  ["another API", "/relay/global/api/private/v1/users"],
  ["the API root itself", "/relay/global/api/open/v1"],
  ["an absolute URL", "http://evil.example/relay/global/api/open/v1/users"],
  ["a scheme-relative URL", "//evil.example/api/open/v1/users"],
  ["dot-dot", "/relay/global/api/open/v1/../../../admin"],
  ["a dot segment", "/relay/global/api/open/v1/./users"],
  ["encoded dot-dot", "/relay/global/api/open/v1/%2e%2e/%2E%2E/admin"],
  ["an encoded slash", "/relay/global/api/open/v1/teams%2f..%2fadmin"],
  ["double encoding", "/relay/global/api/open/v1/%252e%252e/admin"],
  ["a backslash", "/relay/global/api/open/v1/teams\\..\\admin"],
  ["an encoded backslash", "/relay/global/api/open/v1/teams%5c..%5cadmin"],
  ["userinfo", "/relay/global/api/open/v1/@evil.example/users"],
  ["a host-like segment", "/relay/global/api/open/v1/evil.example:443/users"],
  ["an empty segment", "/relay/global/api/open/v1//users"],
  ["encoded CRLF in the path", "/relay/global/api/open/v1/users%0d%0aX-Injected:%201"],
  ["encoded CRLF in the query", "/relay/global/api/open/v1/users?page=1%0d%0aX-Injected:%201"],
  ["an encoded NUL in the query", "/relay/global/api/open/v1/users?x=%00"],
  ["double encoding in the query", "/relay/global/api/open/v1/users?x=%250d%250a"],
  ["a bad escape in the query", "/relay/global/api/open/v1/users?x=%zz"],
  ["a backslash in the query", "/relay/global/api/open/v1/users?x=a\\b"],
  ["a sandbox control with extra parts", "/relay/sandbox/_control/reset/now"],
  ["an unknown sandbox control", "/relay/sandbox/_control/shutdown"],
  ["a control path on a real region", "/relay/global/_control/reset"],
])("refused: %s", (_what, target) => {
  expect(parseRelayTarget(target, "GET").kind).toBe("refused");
});
