// Side-by-side timing: the two contenders run alternately, several rounds, and the ratio of
// medians is reported. These machines are shared and noisy; only ratios measured in one run mean
// anything, never absolute times.

export type Pair = { ours: number; baseline: number; ratio: number };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * CPU milliseconds (user + system) of this process while `work` runs: on a shared machine, time
 * spent waiting for a core is not ours, so CPU time is steadier than wall time.
 */
export function timeOnce(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs both alternately (after one warm-up each) and returns median milliseconds and their ratio. */
export function sideBySide(ours: () => void, baseline: () => void, rounds = 7): Pair {
  ours();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2) {
      a.push(timeOnce(ours));
      b.push(timeOnce(baseline));
    } else {
      b.push(timeOnce(baseline));
      a.push(timeOnce(ours));
    }
  }
  const oursMs = median(a);
  const baselineMs = median(b);
  return { ours: round(oursMs), baseline: round(baselineMs), ratio: round(oursMs / baselineMs, 3) };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export type BenchResult = {
  name: string;
  /** What is divided by what, in words. */
  measures: string;
  ratio?: number;
  goal?: string;
  met?: boolean;
  details: Record<string, unknown>;
};

export function ratioResult(
  name: string,
  measures: string,
  pair: Pair,
  goalMax: number,
  details: Record<string, unknown> = {},
): BenchResult {
  return {
    name,
    measures,
    ratio: pair.ratio,
    goal: `<= ${goalMax}`,
    met: pair.ratio <= goalMax,
    details: { oursMs: pair.ours, baselineMs: pair.baseline, ...details },
  };
}
