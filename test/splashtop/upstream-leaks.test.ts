// Splashtop's words reach the pane and the workbook only through upstreamText: a token the API
// echoes (the session's own, or any other) never appears in a connect error, a profile note, a
// row's Status text or a submit's stop reason, and no upstream piece is longer than the cap.
import type { InviteRow } from "../../src/invites";
import { connect, fillProfile, planSubmit, submitInvites, type RowResult } from "../../src/splashtop";
import { startScriptedServer, type Received, type Reply } from "./scripted-server";

const TOKEN = "tok-9f8e7d6c5b4a3210-SECRET";
const OTHER = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
const ECHO = `Bearer ${TOKEN} rejected; key ${OTHER}; ${"very long words ".repeat(40)}`;
const rows: InviteRow[] = ["ann", "bo", "chen"].map((n) => ({
  account: `${n}@example.com`,
  group: "",
  displayName: "",
  licenseType: "",
  role: "",
}));

function script(request: Received): Reply {
  if (request.url.endsWith("/basic_info")) {
    return {
      status: 200,
      body: {
        result: 20200,
        data: { email: "o@example.com", team_id: 7, role: `Owner ${TOKEN}`, name: OTHER, scopes: { users: { team_id: 7 } } },
      },
    };
  }
  if (request.url.endsWith("/teams/7")) return { status: 403, body: { result: 40403, message: ECHO } };
  if (request.url.endsWith("/groups")) return { status: 200, body: { result: 40999, message: ECHO } };
  if (request.url.includes("/users?")) return { status: 200, body: { result: 20200, data: [{ email: `x-${TOKEN}@example.com` }] } };
  const users = (JSON.parse(request.body) as { users: { email: string }[] }).users;
  if (users[0]?.email === "chen@example.com") return { status: 409, body: { result: 40900, message: ECHO } };
  return { status: 200, body: { result: 20200, data: { users: users.map((u) => ({ email: u.email, result: 40000, message: ECHO })) } } };
}

test("no text that came from Splashtop carries a token or runs past the cap", async () => {
  const server = await startScriptedServer(script);
  try {
    const session = await connect({ serverOrigin: server.origin, region: "global", token: TOKEN });
    const filled = await fillProfile(session);
    const results: RowResult[] = [];
    const report = await submitInvites(session, planSubmit({ rows, records: new Map(), profile: {}, attempt: "test-run" }), {
      onRowResult: (r) => results.push(r),
      batchSize: 2,
    });

    expect(results.map((r) => r.status.kind)).toEqual(["failed", "failed", "failed"]);
    expect(report.outcome).toBe("stopped");
    const shown = [
      session.info.role ?? "",
      session.info.name ?? "",
      ...filled.notes,
      ...(filled.profile.existingMembers ?? []),
      ...results.map((r) => r.text),
      report.stopReason ?? "",
    ];
    for (const text of shown) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(OTHER);
    }
    // Each message is our plain words plus at most one capped piece of Splashtop's.
    expect(results[0]?.text).toMatch(/^Failed: Bearer \[hidden\] rejected; key \[hidden\]; very long words .*… \(Splashtop code 40000\)$/);
    for (const text of [...filled.notes, ...results.map((r) => r.text), report.stopReason ?? ""]) expect(text.length).toBeLessThan(500);
    expect(filled.notes.join("\n")).toMatch(
      /Could not read the team's licenses: Splashtop does not allow this.*\(Splashtop says: Bearer \[hidden\]/,
    );
    // Every request carried the token; none of it came back.
    expect(server.received.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  } finally {
    await server.close();
  }
});
