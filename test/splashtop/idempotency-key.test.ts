// The same batch re-sent (after a crash or a lost answer) carries the same Idempotency-Key.
import type { InviteRow } from "../../src/invites/row";
import { idempotencyKey } from "../../src/splashtop/idempotency-key";

const row = (account: string, displayName = ""): InviteRow => ({ account, group: "", displayName, licenseType: "", role: "" });

test("derived from the team and the rows' accounts, ignoring case and outer spaces of the address", async () => {
  const key = await idempotencyKey("4242", [row("ann@example.com"), row("bo@example.com")]);
  expect(key).toMatch(/^invite-sheet-[0-9a-f]{64}$/);
  expect(await idempotencyKey("4242", [row(" Ann@Example.com"), row("bo@example.com ")])).toBe(key);
});

test("another team, other accounts, another order, or an edited row is another request", async () => {
  const key = await idempotencyKey("4242", [row("ann@example.com"), row("bo@example.com")]);
  expect(await idempotencyKey("4243", [row("ann@example.com"), row("bo@example.com")])).not.toBe(key);
  expect(await idempotencyKey("4242", [row("ann@example.com")])).not.toBe(key);
  expect(await idempotencyKey("4242", [row("bo@example.com"), row("ann@example.com")])).not.toBe(key);
  expect(await idempotencyKey("4242", [row("ann@example.com", "Ann Lee"), row("bo@example.com")])).not.toBe(key);
});
