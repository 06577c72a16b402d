// Issue #3's figures: the rules and CSV against papaparse on the same data, in process and as
// whole commands (start-up included).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { exportCsv, importCsvText } from "../src/csv";
import { cellsOfRow, COLUMN_KEYS, EXPORT_HEADERS, resolveTeam, sampleSheet, validateSheet } from "../src/invites";
import { median, ratioResult, round, sideBySide, timeOnce, type BenchResult } from "./measure";

const ROWS = 100_000;
const MISTAKES = 3_000;

function check(text: string): number {
  const imported = importCsvText(text);
  if (!imported.ok) throw new Error(imported.error);
  return validateSheet(imported.csv.rows, resolveTeam(), imported.csv.firstRow).length;
}

export function inProcess(): BenchResult[] {
  const sheet = sampleSheet(ROWS, MISTAKES);
  const text = exportCsv(sheet.rows);
  const checkPair = sideBySide(() => check(text), () => Papa.parse(text, { header: false }));
  const table = [COLUMN_KEYS.map((k) => EXPORT_HEADERS[k]), ...sheet.rows.map(cellsOfRow)];
  const ours = exportCsv(sheet.rows);
  const theirs = Papa.unparse(table, { newline: "\r\n" }) + "\r\n";
  if (ours !== theirs) throw new Error("export differs from papaparse.unparse output");
  const exportPair = sideBySide(() => exportCsv(sheet.rows), () => Papa.unparse(table, { newline: "\r\n" }));
  return [
    ratioResult("check-vs-parse", `check (parse + all rules) / papaparse.parse, ${ROWS} rows`, checkPair, 1.5, { findings: check(text) }),
    ratioResult("export-vs-unparse", `export / papaparse.unparse, ${ROWS} rows, byte-identical output`, exportPair, 0.5, { identical: true }),
    growth(),
  ];
}

/**
 * Per-row time at 100k rows / per-row time at 10k, for check and, side by side, for papaparse
 * alone: both grow past 1 as the heap outgrows the caches; check is linear when its growth
 * matches the parser's.
 */
function growth(): BenchResult {
  const small = exportCsv(sampleSheet(ROWS / 10, MISTAKES / 10).rows);
  const large = exportCsv(sampleSheet(ROWS, MISTAKES).rows);
  const perRow = (work: (text: string) => unknown) => {
    work(small);
    work(large);
    const smallMs: number[] = [];
    const largeMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      smallMs.push(timeOnce(() => work(small)));
      largeMs.push(timeOnce(() => work(large)));
    }
    return { growth: median(largeMs) / ROWS / (median(smallMs) / (ROWS / 10)), ms10k: round(median(smallMs)), ms100k: round(median(largeMs)) };
  };
  const ours = perRow(check);
  const parser = perRow((text) => Papa.parse(text, { header: false }));
  const ratio = ours.growth / parser.growth;
  return {
    name: "check-growth", measures: "growth of check's per-row time from 10k to 100k rows / the same growth for papaparse.parse (1 = as linear as the parser)",
    ratio: round(ratio, 3), goal: "<= 1.5 (linear)", met: ratio <= 1.5,
    details: { checkGrowth: round(ours.growth, 3), parseGrowth: round(parser.growth, 3), check: ours, parse: parser },
  };
}

type Run = { ms: number; maxRssMb: number; status: number | null };

function runNode(args: string[]): Run {
  const start = process.hrtime.bigint();
  // maxRSS of the child is read by a tiny wrapper so that peak memory is the command's own.
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /maxrss=(\d+)/.exec(result.stderr ?? "")?.[1];
  return { ms, maxRssMb: rss ? round(Number(rss) / 1024) : NaN, status: result.status };
}

export function wholeCommands(root: string): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), "invite-sheet-bench-"));
  const file = join(dir, "invites-100k.csv");
  writeFileSync(file, exportCsv(sampleSheet(ROWS, MISTAKES).rows));
  const papa = JSON.stringify(resolve(root, "node_modules/papaparse"));
  const cli = JSON.stringify(resolve(root, "dist/cli.js"));
  const report = `process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS));`;
  const parseOnly = `${report}const P=require(${papa});P.parse(require("fs").readFileSync(${JSON.stringify(file)},"utf8"),{header:false});`;
  const parseUnparse = `${report}const P=require(${papa});const r=P.parse(require("fs").readFileSync(${JSON.stringify(file)},"utf8"),{header:false});require("fs").writeFileSync(${JSON.stringify(join(dir, "papa.csv"))},P.unparse(r.data,{newline:"\\r\\n"}));`;
  const runCli = (argv: string[]) => `${report}process.argv=[process.argv[0],"invite-sheet",...${JSON.stringify(argv)}];require(${cli}).main();`;
  const checkCmd = runCli(["check", file, "--json"]);
  const exportCmd = runCli(["export", file, "-o", join(dir, "out.csv"), "--skip-invalid"]);
  const pairs = alternate([["-e", checkCmd], ["-e", parseOnly], ["-e", exportCmd], ["-e", parseUnparse]], 5);
  const [check, parse, exp, unparse] = pairs;
  return [
    { name: "command-check-vs-parse", measures: "`invite-sheet check` on 100k rows / a node process that only papaparse-parses the file",
      ratio: round(check!.ms / parse!.ms, 3), goal: "<= 1.5", met: check!.ms / parse!.ms <= 1.5,
      details: { checkMs: round(check!.ms), parseMs: round(parse!.ms), checkPeakRssMb: check!.maxRssMb, parsePeakRssMb: parse!.maxRssMb } },
    { name: "command-export-vs-parse-unparse", measures: "`invite-sheet export` on 100k rows / a node process that parses and unparses it",
      ratio: round(exp!.ms / unparse!.ms, 3), goal: "<= 1.0", met: exp!.ms / unparse!.ms <= 1.0,
      details: { exportMs: round(exp!.ms), parseUnparseMs: round(unparse!.ms), exportPeakRssMb: exp!.maxRssMb } },
  ];
}

/** Runs the commands in turn, `rounds` times, and returns each one's median time and peak memory. */
function alternate(commands: string[][], rounds: number): { ms: number; maxRssMb: number }[] {
  const runs: Run[][] = commands.map(() => []);
  for (let r = 0; r < rounds; r++) {
    commands.forEach((args, i) => {
      const run = runNode(args);
      if (run.status !== 0 && run.status !== 1) throw new Error(`bench command failed (${run.status}): ${args.join(" ").slice(0, 200)}`);
      runs[i]!.push(run);
    });
  }
  return runs.map((list) => ({ ms: median(list.map((x) => x.ms)), maxRssMb: Math.max(...list.map((x) => x.maxRssMb)) }));
}
