// Issue #3's figures: the rules and CSV against papaparse on the same data, in process (the whole
// commands are bench/commands.ts).
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
  const checkPair = sideBySide(
    () => check(text),
    () => Papa.parse(text, { header: false }),
  );
  const table = [COLUMN_KEYS.map((k) => EXPORT_HEADERS[k]), ...sheet.rows.map(cellsOfRow)];
  const ours = exportCsv(sheet.rows);
  const theirs = Papa.unparse(table, { newline: "\r\n" }) + "\r\n";
  if (ours !== theirs) throw new Error("export differs from papaparse.unparse output");
  const exportPair = sideBySide(
    () => exportCsv(sheet.rows),
    () => Papa.unparse(table, { newline: "\r\n" }),
  );
  return [
    ratioResult("check-vs-parse", `check (parse + all rules) / papaparse.parse, ${ROWS} rows`, checkPair, 1.5, { findings: check(text) }),
    ratioResult("export-vs-unparse", `export / papaparse.unparse, ${ROWS} rows, byte-identical output`, exportPair, 0.5, {
      identical: true,
    }),
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
    return {
      growth: median(largeMs) / ROWS / (median(smallMs) / (ROWS / 10)),
      ms10k: round(median(smallMs)),
      ms100k: round(median(largeMs)),
    };
  };
  const ours = perRow(check);
  const parser = perRow((text) => Papa.parse(text, { header: false }));
  const ratio = ours.growth / parser.growth;
  return {
    name: "check-growth",
    measures: "growth of check's per-row time from 10k to 100k rows / the same growth for papaparse.parse (1 = as linear as the parser)",
    ratio: round(ratio, 3),
    goal: "<= 1.5 (linear)",
    met: ratio <= 1.5,
    details: { checkGrowth: round(ours.growth, 3), parseGrowth: round(parser.growth, 3), check: ours, parse: parser },
  };
}
