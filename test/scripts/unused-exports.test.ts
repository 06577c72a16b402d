// `npm run unused` on a small project written to a temporary folder: it names the exports no other
// file uses, says which to delete and which to un-export, and passes exports that are used (through
// an index too, or only by a test).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "unused-exports.mjs");

function runOn(files: Record<string, string>): { status: number | null; lines: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unused-exports-"));
  try {
    const tsconfig = {
      compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", noEmit: true, types: [] },
      include: ["src", "test"],
    };
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: "utf8" });
    return { status: run.status, lines: run.stdout.trim().split("\n") };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("names what nothing uses, and what only its own file uses", () => {
  const { status, lines } = runOn({
    "src/shapes/area.ts": [
      "export const SIDES = 4;", // used only below: no export needed
      "export function area(side: number): number { return side * side * SIDES / 4; }", // used through the index
      "export function perimeter(side: number): number { return side * SIDES; }", // used by nothing
      "export type Square = { side: number };", // a type nothing uses
      "export type Unit = 'cm' | 'in';", // a type used in an exported signature at home: fine
      "export function label(unit: Unit): string { return unit; }", // used by a test only: fine
    ].join("\n"),
    "src/shapes/index.ts": 'export { area, perimeter } from "./area";\n',
    "src/main.ts": 'import { area } from "./shapes";\nexport const answer = area(2);\n',
    "test/area.test.ts": 'import { label } from "../src/shapes/area";\nlabel("cm");\n',
  });
  expect(lines).toEqual([
    "src/main.ts:2 answer: nothing uses it; delete it",
    "src/shapes/area.ts:1 SIDES: only its own file uses it; drop the export",
    "src/shapes/area.ts:3 perimeter: nothing uses it; delete it",
    "src/shapes/area.ts:4 Square: nothing uses it; delete it",
    "4 unused export(s).",
  ]);
  expect(status).toBe(1);
});

test("a project whose every export is used elsewhere passes", () => {
  const { status, lines } = runOn({
    "src/a.ts": "export const one = 1;\n",
    "src/b.ts": 'import { one } from "./a";\nconsole.log(one);\n',
  });
  expect(lines).toEqual(["No unused exports in src/."]);
  expect(status).toBe(0);
});
