// The client the pane holds while connected: every call goes through the region's relay, under
// the rate limit, with the bearer token. Reads retry on their own; the invite call is retried by
// the submit engine, which must check the team before re-sending (see submit.ts).
import { describeHttpStatus, describeResultCode, SplashtopError, TOKEN_CODES } from "./api-errors";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, type RetryPolicy } from "./backoff";
import { systemClock, type Clock } from "./clock";
import { EnvelopeSchema, parseEnvelope } from "./envelope";
import { sendAttempt, type ApiRequest, type Attempt } from "./http-attempt";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit, type RateLimiter } from "./rate-limiter";
import { relayBase, type Region } from "./regions";
import { CLIENT_REQUEST_TIMEOUT_MS } from "./timeouts";
import type { z } from "zod";

export type ClientOptions = {
  /** The add-in server's origin, e.g. "https://localhost:3000". */
  serverOrigin: string;
  region: Region;
  token: string;
  rateLimit?: RateLimit;
  retry?: RetryPolicy;
  /** Per request; a request with no answer by then counts as unanswered. */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  clock?: Clock;
  /** [0, 1); for the backoff's jitter. */
  random?: () => number;
};

export type ClientCounters = { attempts: number; retries: number };

export interface SplashtopClient {
  readonly region: Region;
  readonly clock: Clock;
  readonly retry: RetryPolicy;
  readonly random: () => number;
  readonly counters: ClientCounters;
  /** One rate-limited attempt, not retried. */
  attempt(request: ApiRequest, signal?: AbortSignal): Promise<Attempt>;
  /** A read, retried on 429, 5xx and no answer; its data parsed with `schema`. */
  read<T>(request: ApiRequest, schema: z.ZodType<T>, what: string, signal?: AbortSignal): Promise<T>;
}

/** Per request; longer than the relay's upstream timeout (timeouts.ts). */
export const DEFAULT_REQUEST_TIMEOUT_MS = CLIENT_REQUEST_TIMEOUT_MS;

export function createClient(options: ClientOptions): SplashtopClient {
  const clock = options.clock ?? systemClock;
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const random = options.random ?? Math.random;
  const limiter: RateLimiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock);
  const target = {
    base: relayBase(options.serverOrigin, options.region),
    token: options.token,
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
    timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
  };
  const counters: ClientCounters = { attempts: 0, retries: 0 };

  const client: SplashtopClient = {
    region: options.region,
    clock,
    retry,
    random,
    counters,
    async attempt(request, signal) {
      const slot = await limiter.acquire(signal);
      counters.attempts++;
      try {
        return await sendAttempt(target, request);
      } finally {
        slot.done();
      }
    },
    async read(request, schema, what, signal) {
      for (let attempt = 1; ; attempt++) {
        const outcome = await client.attempt(request, signal);
        const verdict = judge(outcome);
        if (verdict.kind === "done") return parseEnvelope(verdict.body, schema, what);
        if (verdict.kind === "fail") throw verdict.error;
        if (attempt >= retry.maxAttempts) throw new SplashtopError(`${verdict.reason} (after ${attempt} tries, reading ${what}).`);
        counters.retries++;
        await clock.sleep(backoffDelay(retry, attempt, random, verdict.retryAfterMs), signal);
      }
    },
  };
  return client;
}

/**
 * What an attempt means. `retry` says whether the request may have been applied (`ambiguous`:
 * no answer or a 5xx) or surely was not (429).
 */
export type Verdict =
  | { kind: "done"; body: unknown }
  | { kind: "retry"; ambiguous: boolean; reason: string; retryAfterMs?: number }
  | { kind: "fail"; error: SplashtopError };

export function judge(outcome: Attempt): Verdict {
  if (outcome.kind === "no-answer") return { kind: "retry", ambiguous: true, reason: `No answer from Splashtop: ${outcome.reason}` };
  const { status, body } = outcome;
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(outcome.retryAfter, Date.now());
    return { kind: "retry", ambiguous: false, reason: describeHttpStatus(429), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status >= 500) return { kind: "retry", ambiguous: true, reason: describeHttpStatus(status) };
  if (status >= 200 && status < 300) return { kind: "done", body };
  return { kind: "fail", error: requestError(status, body) };
}

/** A 3xx/4xx answer as an error: the envelope's code in plain words when there is one. */
function requestError(status: number, body: unknown): SplashtopError {
  const envelope = EnvelopeSchema.safeParse(body);
  if (envelope.success) {
    const code = envelope.data.result;
    return new SplashtopError(describeResultCode(code, envelope.data.message), {
      status,
      code,
      tokenProblem: TOKEN_CODES.has(code) || status === 401,
    });
  }
  return new SplashtopError(describeHttpStatus(status), { status, tokenProblem: status === 401 || status === 403 });
}
