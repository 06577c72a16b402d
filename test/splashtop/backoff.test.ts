// Waits between retries: exponential caps, full jitter, and the server's Retry-After respected.
import { backoffDelay, parseRetryAfter } from "../../src/splashtop/backoff";

const policy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 60_000 };

test("full jitter: anywhere from 0 up to a cap that doubles each retry, to the maximum", () => {
  const almostOne = () => 0.999999;
  expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(policy, retry, almostOne))).toEqual([99, 199, 399, 799, 999, 999]);
  expect(backoffDelay(policy, 4, () => 0)).toBe(0);
  expect(backoffDelay(policy, 4, () => 0.5)).toBe(400);
});

test("never sooner than Retry-After, which is itself capped", () => {
  expect(backoffDelay(policy, 1, () => 0.5, 3000)).toBe(3000);
  expect(backoffDelay(policy, 5, () => 0.99, 10)).toBe(990);
  expect(backoffDelay(policy, 1, () => 0, 3_600_000)).toBe(60_000);
});

test("Retry-After in seconds or as an HTTP date", () => {
  const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
  expect(parseRetryAfter("120", now)).toBe(120_000);
  expect(parseRetryAfter(" 0 ", now)).toBe(0);
  expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now)).toBe(30_000);
  expect(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now)).toBe(0);
  for (const bad of [null, undefined, "", "soon", "-5", "1.5"]) expect(parseRetryAfter(bad, now)).toBeUndefined();
});
