// `npm run bench`: every figure is a ratio measured side by side in this one run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inProcess } from "./cli-rules";
import { peakMemory, wholeCommands } from "./commands";
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

/** Every section, by the name that picks it: `npm run bench -- commands memory` runs only those two. */
const SECTIONS: Record<string, Section> = {
  rules: ["rules and CSV, in process", inProcess],
  commands: ["whole commands", () => wholeCommands(root)],
  memory: ["peak memory of whole commands on 1,000,000 rows", () => peakMemory(root)],
  submit: ["submit to the sandbox (server in a child process)", submitBench],
  workbook: ["workbook layer on the simulator (web host)", workbookBench],
  workbench: ["workbench in Chromium, and the task pane's size", workbenchBench],
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length) throw new Error(`no bench section ${unknown.join(", ")}; the sections are ${Object.keys(SECTIONS).join(", ")}`);
  const sections = (asked.length ? asked : Object.keys(SECTIONS)).map((name) => SECTIONS[name] as Section);
  const results: BenchResult[] = [];
  for (const [title, run] of sections) {
    console.log(`\n== ${title}`);
    for (const result of await run()) {
      print(result);
      results.push(result);
    }
  }
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(
    join(root, "bench", "results.json"),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2) + "\n",
  );
  console.log("\nWritten to bench/results.json");
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
