// `npm run bench`: every figure is a ratio measured side by side in this one run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inProcess, wholeCommands } from "./cli-rules";
import type { BenchResult } from "./measure";
import { submitBench } from "./submit";
import { workbenchBench } from "./workbench";
import { workbookBench } from "./workbook";

const root = resolve(__dirname, "..");

function print(result: BenchResult): void {
  const verdict = result.met === undefined ? "" : result.met ? "  (goal met)" : "  (goal NOT met)";
  const ratio = result.ratio === undefined ? "" : `ratio ${result.ratio}  goal ${result.goal}${verdict}`;
  console.log(`${result.name}: ${ratio}\n  ${result.measures}\n  ${JSON.stringify(result.details)}`);
}

/** A section may be asynchronous (the browser bench); sections still run one after another. */
type Section = [string, () => BenchResult[] | Promise<BenchResult[]>];

async function main(): Promise<void> {
  const sections: Section[] = [
    ["rules and CSV, in process", inProcess],
    ["whole commands", () => wholeCommands(root)],
    ["submit to the sandbox (server in a child process)", submitBench],
    ["workbook layer on the simulator (web host)", workbookBench],
    ["workbench in Chromium, and the task pane's size", workbenchBench],
  ];
  const results: BenchResult[] = [];
  for (const [title, run] of sections) {
    console.log(`\n== ${title}`);
    for (const result of await run()) {
      print(result);
      results.push(result);
    }
  }
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(join(root, "bench", "results.json"), JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2) + "\n");
  console.log("\nWritten to bench/results.json");
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
