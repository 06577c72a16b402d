// Idempotency-Key of an invite request: the team, the exact body sent, and the attempt it belongs
// to. A retry of the same request (same rows, same run) carries the same key, so a server that
// applied it and lost the answer replies with the stored answer instead of inviting twice. A new
// run the user starts has a new attempt id, so it is a new request: after buying seats, a retry
// is not answered with the old refusal. Rows whose earlier request got no answer keep their
// attempt id (it is stored with them), so re-sending them reuses that request's key.
// Web Crypto runs in the browser and in Node 20 alike.
export async function idempotencyKey(teamId: string, body: unknown, attempt: string): Promise<string> {
  const text = [teamId, attempt, JSON.stringify(body)].join("\n");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `invite-sheet-${hex}`;
}
