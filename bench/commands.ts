// Issue #13's figures for whole commands: `invite-sheet check` and `export` as processes
// (start-up, reading and writing included) against node processes doing papaparse's share alone,
// measured side by side in one run; and the peak memory of both commands on 1,000,000 rows against
// a process that only parses the file.
//
// Each child reports its own CPU time and peak resident memory (process.resourceUsage() at exit):
// the ratios are of CPU time, as in measure.ts (on a shared machine, time spent waiting for a core
// is not the command's), with wall-clock ratios alongside in the details.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { exportCsv } from "../src/csv";
import { sampleSheet } from "../src/invites";
import { median, round, type BenchResult } from "./measure";

type Run = { wallMs: number; cpuMs: number; peakMb: number };
type Measured = { wallMs: number; cpuMs: number; peakMb: number };

const USAGE_MARK = "bench-usage=";
// Appended to every child's script: its CPU time (ms) and peak RSS (MB) on stderr as it exits.
const REPORT = `process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n${USAGE_MARK}"+JSON.stringify({cpuMs:(u.userCPUTime+u.systemCPUTime)/1000,peakMb:u.maxRSS/1024}))});`;

/** The node programs compared: papaparse alone, and the CLI's own entry (dist/cli.js). */
function scripts(root: string) {
  const papa = JSON.stringify(resolve(root, "node_modules/papaparse"));
  const cli = JSON.stringify(resolve(root, "dist/cli.js"));
  const read = (file: string) => `require("fs").readFileSync(${JSON.stringify(file)},"utf8")`;
  return {
    parseOnly: (file: string) => `${REPORT}const P=require(${papa});P.parse(${read(file)},{header:false});`,
    parseUnparse: (file: string, out: string) =>
      `${REPORT}const P=require(${papa});const r=P.parse(${read(file)},{header:false});require("fs").writeFileSync(${JSON.stringify(out)},P.unparse(r.data,{newline:"\\r\\n"}));`,
    cli: (argv: string[]) => `${REPORT}process.argv=[process.argv[0],"invite-sheet",...${JSON.stringify(argv)}];require(${cli}).main();`,
  };
}

function runNode(script: string): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-e", script], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  // check and export exit 1 when the file has errors (the bench file has some, on purpose).
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`bench command failed (${result.status}): ${script.slice(0, 300)}\n${result.stderr}`);
  const line = (result.stderr ?? "").split("\n").find((l) => l.startsWith(USAGE_MARK));
  if (!line) throw new Error(`bench command reported no usage: ${script.slice(0, 300)}`);
  const usage = JSON.parse(line.slice(USAGE_MARK.length)) as { cpuMs: number; peakMb: number };
  return { wallMs, ...usage };
}

/** Runs the scripts in turn, `rounds` times, and returns each one's medians. */
function alternate(list: string[], rounds: number): Measured[] {
  const runs: Run[][] = list.map(() => []);
  for (let r = 0; r < rounds; r++) list.forEach((script, i) => (runs[i] as Run[]).push(runNode(script)));
  return runs.map((xs) => ({
    wallMs: median(xs.map((x) => x.wallMs)),
    cpuMs: median(xs.map((x) => x.cpuMs)),
    peakMb: median(xs.map((x) => x.peakMb)),
  }));
}

/** A temporary folder holding the sample file (rows, 3% with a mistake), removed after `use`. */
function withSampleFile<T>(rows: number, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "invite-sheet-bench-"));
  try {
    const file = join(dir, `invites-${rows}.csv`);
    writeFileSync(file, exportCsv(sampleSheet(rows, rows * 0.03).rows));
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const COMMAND_ROWS = 100_000;

export function wholeCommands(root: string): BenchResult[] {
  const run = scripts(root);
  return withSampleFile(COMMAND_ROWS, (file, dir) => {
    const [check, parse, exp, unparse] = alternate(
      [
        run.cli(["check", file, "--json"]),
        run.parseOnly(file),
        run.cli(["export", file, "-o", join(dir, "out.csv"), "--skip-invalid"]),
        run.parseUnparse(file, join(dir, "papa.csv")),
      ],
      5,
    ) as [Measured, Measured, Measured, Measured];
    return [
      timed(
        "command-check-vs-parse",
        "`invite-sheet check` on 100k rows / a node process that only papaparse-parses the file (CPU time)",
        check,
        parse,
        1.5,
      ),
      timed(
        "command-export-vs-parse-unparse",
        "`invite-sheet export` on 100k rows / a node process that parses and unparses it (CPU time)",
        exp,
        unparse,
        1.0,
      ),
    ];
  });
}

function timed(name: string, measures: string, ours: Measured, baseline: Measured, goal: number): BenchResult {
  const ratio = ours.cpuMs / baseline.cpuMs;
  return {
    name,
    measures,
    ratio: round(ratio, 3),
    goal: `<= ${goal}`,
    met: ratio <= goal,
    details: {
      oursCpuMs: round(ours.cpuMs),
      baselineCpuMs: round(baseline.cpuMs),
      wallRatio: round(ours.wallMs / baseline.wallMs, 3),
      oursWallMs: round(ours.wallMs),
      baselineWallMs: round(baseline.wallMs),
      oursPeakMb: round(ours.peakMb),
      baselinePeakMb: round(baseline.peakMb),
    },
  };
}

const MEMORY_ROWS = 1_000_000;

/** Peak resident memory of check and export on 1,000,000 rows / that of a process that only parses the file. */
export function peakMemory(root: string): BenchResult[] {
  const run = scripts(root);
  return withSampleFile(MEMORY_ROWS, (file, dir) => {
    const [parse, check, exp] = alternate(
      [run.parseOnly(file), run.cli(["check", file, "--json"]), run.cli(["export", file, "-o", join(dir, "out.csv"), "--skip-invalid"])],
      3,
    ) as [Measured, Measured, Measured];
    const result = (name: string, command: string, ours: Measured): BenchResult => {
      const ratio = ours.peakMb / parse.peakMb;
      return {
        name,
        measures: `peak memory (max RSS) of \`invite-sheet ${command}\` on 1,000,000 rows / a node process that only papaparse-parses the file`,
        ratio: round(ratio, 3),
        goal: "<= 1.2",
        met: ratio <= 1.2,
        details: {
          oursPeakMb: round(ours.peakMb),
          parsePeakMb: round(parse.peakMb),
          oursCpuMs: round(ours.cpuMs),
          parseCpuMs: round(parse.cpuMs),
        },
      };
    };
    return [result("memory-check-vs-parse", "check", check), result("memory-export-vs-parse", "export", exp)];
  });
}
