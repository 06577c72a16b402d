// Injected faults, decided by a seeded generator so a test run can be reproduced. Each call draws
// the same number of random values whatever happens, so one fault does not shift the others.
import type { Faults } from "./sandbox-state";

export type FaultDecision = {
  tooManyRequests: boolean;
  serverError: boolean;
  delayMs: number;
  dropAfterApply: boolean;
  loseAnswer: boolean;
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultInjector = { next(): FaultDecision; readonly faults: Faults };

export function createFaultInjector(faults: Faults): FaultInjector {
  const random = generator(faults.seed);
  let stormLeft = 0;
  return {
    faults,
    next() {
      const [storm, error, slow, slowAmount, drop, lose] = [random(), random(), random(), random(), random(), random()];
      if (stormLeft === 0 && storm < faults.tooManyRequests) stormLeft = faults.stormLength;
      const tooManyRequests = stormLeft > 0;
      if (tooManyRequests) stormLeft--;
      return {
        tooManyRequests,
        serverError: !tooManyRequests && error < faults.serverError,
        delayMs: slow < faults.slow ? Math.round(slowAmount * faults.slowMs) : 0,
        dropAfterApply: drop < faults.dropAfterApply,
        loseAnswer: lose < faults.loseAnswer,
      };
    },
  };
}
