// Client-side rate limit: at most `calls` requests in any `windowMs`, every request (retries
// included) taking a slot. A slot is dated when its request ENDS (answer, failure or timeout),
// not when it is sent: the server counts arrivals, and a request can reach it late (a busy event
// loop, a loaded machine). A request always arrives before its answer, so, with one request in
// flight at a time as the client sends them, spacing each send a window after the answer of the
// request `calls` before it keeps the server's count within the limit whatever the delays.
import type { Clock } from "./clock";

export type RateLimit = {
  calls: number;
  windowMs: number;
  /** Extra spacing added to the window, for servers that count differently (e.g. per minute boundary). */
  marginMs?: number;
};

/** Splashtop On-Prem documents 200 calls per minute per API; nothing is published for the cloud. */
export const DEFAULT_RATE_LIMIT: RateLimit = { calls: 200, windowMs: 60_000, marginMs: 1_000 };

export type RateSlot = {
  /** Call when the request has ended; dates the slot. */
  done(): void;
};

export interface RateLimiter {
  /** Waits for a free slot and takes it. Rejects if `signal` aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<RateSlot>;
}

export function createRateLimiter(limit: RateLimit, clock: Clock): RateLimiter {
  if (!Number.isInteger(limit.calls) || limit.calls < 1) throw new Error(`rate limit calls must be a positive integer, got ${limit.calls}`);
  if (!(limit.windowMs > 0)) throw new Error(`rate limit window must be positive, got ${limit.windowMs}`);
  const span = limit.windowMs + (limit.marginMs ?? 0);
  // Ring of the last `calls` slots' dates; slot `next` is the oldest once the ring is full. A slot
  // whose request is still running counts as ending now or later (Infinity until done).
  const ends: number[] = [];
  let next = 0;
  // Callers queue so slots go out in order even when several wait at once.
  let queue: Promise<unknown> = Promise.resolve();

  async function take(signal?: AbortSignal): Promise<RateSlot> {
    if (ends.length === limit.calls) {
      const oldest = ends[next] as number;
      if (oldest === Infinity) throw new Error(`more than ${limit.calls} requests in flight at once`);
      const wait = oldest + span - clock.now();
      if (wait > 0) await clock.sleep(wait, signal);
    }
    if (signal?.aborted) throw signal.reason;
    let slot: number;
    if (ends.length < limit.calls) slot = ends.push(Infinity) - 1;
    else {
      slot = next;
      ends[slot] = Infinity;
      next = (next + 1) % limit.calls;
    }
    let ended = false;
    return {
      done() {
        if (ended) return;
        ended = true;
        ends[slot] = clock.now();
      },
    };
  }

  return {
    acquire(signal) {
      const turn = queue.then(() => take(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
