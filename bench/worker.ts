// Bench sections that are asynchronous, or need a fresh process of their own, run as a worker:
// the section bundles its own bench/<name>.ts with esbuild, runs it with BENCH_WORKER=<job>, and
// reads the JSON of the last line it prints. One place for that arrangement (submit, workbook,
// workbench).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const JOB = "BENCH_WORKER";

export function projectRoot(): string {
  return process.env.INVITE_SHEET_ROOT ?? resolve(__dirname, "..");
}

export type WorkerOptions = {
  /** Left out of the bundle (resolved from the project at run time). */
  external?: string[];
  nodeArgs?: string[];
  /** Where the bundle is written; under node_modules/.cache when externals must resolve. */
  buildDir?: string;
};

/** Bundles bench/<name>.ts, runs it as job `name` in a fresh process, and returns what it printed. */
export function runWorker<T>(name: string, options: WorkerOptions = {}): T {
  const root = projectRoot();
  const dir = options.buildDir ?? mkdtempSync(join(tmpdir(), `invite-sheet-${name}-bench-`));
  mkdirSync(dir, { recursive: true });
  try {
    // Loaded only here: esbuild is a dev tool and stays outside the bench bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildSync } = require("esbuild") as typeof import("esbuild");
    const worker = join(dir, `${name}-worker.js`);
    buildSync({
      entryPoints: [join(root, "bench", `${name}.ts`)],
      outfile: worker,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      logLevel: "warning",
      external: ["esbuild", ...(options.external ?? [])],
    });
    return runJob<T>(worker, name, { INVITE_SHEET_ROOT: root }, options.nodeArgs, root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs an already built worker file as `job` and parses the last line it prints. */
export function runJob<T>(worker: string, job: string, env: Record<string, string> = {}, nodeArgs: string[] = [], cwd?: string): T {
  const run = spawnSync(process.execPath, [...nodeArgs, worker], {
    ...(cwd ? { cwd } : {}),
    env: { ...process.env, ...env, [JOB]: job },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) throw new Error(`bench worker "${job}" failed (exit ${run.status}, ${run.signal ?? "no signal"})`);
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "null") as T;
}

/** In a worker started as `job`: runs `work` and prints its result as one JSON line. */
export function serveJob(job: string, work: () => Promise<unknown>): void {
  if (process.env[JOB] !== job) return;
  work().then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
