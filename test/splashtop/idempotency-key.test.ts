// Idempotency-Key: the exact body sent, the team and the attempt. A retry of the same request
// reuses it; a new run the user starts, or a body that differs in any byte, does not.
import { idempotencyKey } from "../../src/splashtop/idempotency-key";

const body = (...emails: string[]) => ({ users: emails.map((email) => ({ email })) });

test("the same request in the same attempt carries the same key", async () => {
  const key = await idempotencyKey("4242", body("ann@example.com", "bo@example.com"), "run-1");
  expect(key).toMatch(/^invite-sheet-[0-9a-f]{64}$/);
  expect(await idempotencyKey("4242", body("ann@example.com", "bo@example.com"), "run-1")).toBe(key);
});

test("the body as sent counts: a case-only edit of an address is another request (the body differs)", async () => {
  const key = await idempotencyKey("4242", body("ann@example.com"), "run-1");
  expect(await idempotencyKey("4242", body("Ann@example.com"), "run-1")).not.toBe(key);
  expect(await idempotencyKey("4242", body("ann@example.com", "bo@example.com"), "run-1")).not.toBe(key);
  expect(await idempotencyKey("4243", body("ann@example.com"), "run-1")).not.toBe(key);
});

test("a new run the user starts is a new request, so an old refusal is not replayed", async () => {
  const key = await idempotencyKey("4242", body("ann@example.com"), "run-1");
  expect(await idempotencyKey("4242", body("ann@example.com"), "run-2")).not.toBe(key);
});
