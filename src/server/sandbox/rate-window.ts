// Counts API calls in a sliding window: refuses those over the limit (429) and keeps the highest
// count ever seen in any window, so tests can prove a client never exceeded the limit.
import type { SandboxRateLimit } from "./sandbox-state";

export type RateWindow = {
  /** Records a call at `now` (ms); returns how long until a slot frees when over the limit, else 0. */
  arrive(now: number): number;
  readonly maxObserved: number;
  readonly calls: number;
  readonly refused: number;
};

export function createRateWindow(limit: SandboxRateLimit): RateWindow {
  const arrivals: number[] = [];
  let head = 0;
  let maxObserved = 0;
  let calls = 0;
  let refused = 0;
  return {
    arrive(now) {
      calls++;
      // Every arrival counts, refused or not: the limit is on what clients send.
      while (head < arrivals.length && (arrivals[head] as number) <= now - limit.windowMs) head++;
      if (head > 1024 && head * 2 > arrivals.length) {
        arrivals.splice(0, head);
        head = 0;
      }
      arrivals.push(now);
      const inWindow = arrivals.length - head;
      maxObserved = Math.max(maxObserved, inWindow);
      if (inWindow <= limit.calls) return 0;
      refused++;
      const oldestCounted = arrivals[arrivals.length - limit.calls] as number;
      return Math.max(1, oldestCounted + limit.windowMs - now);
    },
    get maxObserved() {
      return maxObserved;
    },
    get calls() {
      return calls;
    },
    get refused() {
      return refused;
    },
  };
}
