// The import-boundary rule, run by ESLint itself over imports written at real places of this
// repository (the rule reads the tree: which folders are modules, which have an index.ts).
import fs from "node:fs";
import path from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import local from "../../lint/module-boundaries.js";

const ROOT = path.join(__dirname, "..", "..");
const linter = new Linter({ configType: "flat", cwd: ROOT });
const config: Linter.Config[] = [
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { local },
    rules: { "local/module-boundaries": "error" },
  },
];

/** The rule's messages for `code` written in the file at `where` (relative to the repository). */
function problems(where: string, code: string): string[] {
  return linter.verify(code, config, { filename: path.join(ROOT, where) }).map((m) => m.message);
}

/** Whether `import` of `specifier` from the file at `where` is refused. */
function refused(where: string, specifier: string): boolean {
  return problems(where, `import { x } from "${specifier}";\nexport { x };\n`).length > 0;
}

describe("from outside a folder of src/, only its index.ts", () => {
  test.each([
    ["src/server/x.ts", "../invites/row"],
    ["src/server/sandbox/x.ts", "../../invites/rules/license-type"],
    ["src/workbench/grid/x.ts", "../../excel-sim/address.js"],
    ["bench/x.ts", "../src/server/create-server"],
    ["scripts/x.ts", "../src/csv/export-csv"],
  ])("%s may not import %s", (where, specifier) => {
    expect(refused(where, specifier)).toBe(true);
  });

  test.each([
    ["src/server/x.ts", "../invites"],
    ["src/server/x.ts", "../invites/index"],
    ["src/server/sandbox/x.ts", "../../invites/index.js"],
    ["bench/x.ts", "../src/workbook"],
  ])("%s may import %s", (where, specifier) => {
    expect(refused(where, specifier)).toBe(false);
  });

  test("the message names the index to import from", () => {
    expect(problems("src/server/x.ts", 'import { parseRowStatus } from "../invites/row-status";\nexport { parseRowStatus };\n')).toEqual([
      "'../invites/row-status' reaches inside src/invites: import it from src/invites/index.ts, and export what is needed there.",
    ]);
  });

  test("a folder without an index.ts cannot be imported from outside, and the message says to add one", () => {
    expect(problems("src/server/x.ts", 'import { runCli } from "../cli/main";\nexport { runCli };\n')).toEqual([
      "'../cli/main' reaches inside src/cli, which has no index.ts: add one that exports what is needed, and import that.",
    ]);
  });

  test("every way of naming a module is checked: import, import type, export from, export *, import(), require()", () => {
    const code = [
      'import { a } from "../invites/row";',
      'import type { B } from "../invites/row";',
      'export { c } from "../invites/row";',
      'export * from "../invites/row";',
      'export const d = import("../invites/row");',
      'export const e = require("../invites/row");',
      "export type F = B | typeof a;",
    ].join("\n");
    expect(problems("src/server/x.ts", code)).toHaveLength(6);
  });

  test("packages are left alone", () => {
    expect(problems("src/server/x.ts", 'import { z } from "zod";\nimport fs from "node:fs";\nexport { z, fs };\n')).toEqual([]);
  });
});

describe("inside a folder, anything of it; a sub-folder with an index.ts is a folder of its own", () => {
  test("siblings and folders without an index.ts are the module's own", () => {
    expect(refused("src/workbook/io/x.ts", "../table/geometry")).toBe(false);
    expect(refused("src/invites/live/x.ts", "../rules/license-type")).toBe(false);
  });

  test("a sub-folder with an index.ts is entered through it, from the rest of its parent too", () => {
    expect(refused("src/workbook/io/x.ts", "../undo/write-watch")).toBe(true);
    expect(refused("src/workbook/io/x.ts", "../undo")).toBe(false);
    expect(refused("src/workbook/x.ts", "./live/sheet-view")).toBe(true);
    expect(refused("src/workbook/live/x.ts", "./sheet-view")).toBe(false);
  });

  test("from outside the parent, only the parent's index.ts: a sub-folder's index is not a way in", () => {
    expect(refused("src/taskpane/x.ts", "../workbook/live")).toBe(true);
    expect(refused("src/taskpane/x.ts", "../workbook/live/index")).toBe(true);
    expect(refused("src/taskpane/x.ts", "../workbook")).toBe(false);
  });
});

describe("a test stands where its folder mirrors src/", () => {
  test("it may reach the internals of the module it tests", () => {
    expect(refused("test/workbook/live/x.test.ts", "../../../src/workbook/live/own-writes")).toBe(false);
    expect(refused("test/server/sandbox/x.test.ts", "../../../src/server/sandbox/sandbox-state")).toBe(false);
    expect(refused("test/workbook/x.test.ts", "../../src/workbook/excel/chunking")).toBe(false);
  });

  test("other modules, and its module's sub-modules, only through their index.ts", () => {
    expect(refused("test/csv/x.test.ts", "../../src/invites/row-status")).toBe(true);
    expect(refused("test/workbook/x.test.ts", "../../src/workbook/live/own-writes")).toBe(true);
    expect(refused("test/e2e/x.e2e.ts", "../../src/server/create-server")).toBe(true);
    expect(refused("test/e2e/x.e2e.ts", "../../src/server")).toBe(false);
  });
});

test("no source file of src/ can be reached from bench/ except a top-level folder's index.ts", () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(path.relative(ROOT, full).split(path.sep).join("/"));
    }
  };
  walk(path.join(ROOT, "src"));
  const reachable = files.filter((file) => !refused("bench/x.ts", `../${file.replace(/\.tsx?$/, "")}`));
  expect(reachable.every((file) => /^src\/[^/]+\/index\.ts$/.test(file))).toBe(true);
  // and every one of those indexes is reachable, from bench/ and from a sibling alike
  const indexes = files.filter((file) => /^src\/[^/]+\/index\.ts$/.test(file));
  expect(reachable.sort()).toEqual(indexes.sort());
  for (const file of files)
    expect(refused(path.join(path.dirname(file), "x.ts"), `./${path.basename(file).replace(/\.tsx?$/, "")}`)).toBe(false);
});
