// Exports of src/ that no other file uses, found with the TypeScript compiler over the project
// (src, test, bench, scripts): a value nothing imports is either dead (nothing uses it at all)
// or needs no `export` (only its own file uses it). Types are reported only when nothing at all
// uses them: a type named in an exported signature is part of that signature. Exit 1 when any
// is found. Exports used only by tests are fine (tests use the internals of the module they test).
//   node scripts/unused-exports.mjs [project folder, default this repository]
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."));

const USED_ELSEWHERE = new Set([
  "src/cli/main.ts:main", // bin/invite-sheet.js calls the CLI bundle's main()
  "src/invites/row.ts:InviteRowSchema", // the source of InviteRow (types come from zod schemas)
]);

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, "tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();
const relative = (file) => path.relative(root, file).split(path.sep).join("/");

/** The declaration a symbol finally stands for, through imports and re-exports. */
function original(symbol) {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Symbol -> the files, other than its own, that use it (re-exporting is not using). */
const usedIn = new Map();
/** Symbol -> whether its own file uses it besides declaring it. */
const usedAtHome = new Set();

for (const file of program.getSourceFiles()) {
  if (file.isDeclarationFile || relative(file.fileName).startsWith("..")) continue;
  const visit = (node) => {
    if (ts.isIdentifier(node) && !isDeclarationName(node) && !isReExport(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol) {
        const target = original(symbol);
        const home = target.declarations?.[0]?.getSourceFile();
        if (home === file) usedAtHome.add(target);
        else if (home) (usedIn.get(target) ?? usedIn.set(target, new Set()).get(target)).add(relative(file.fileName));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

function isDeclarationName(node) {
  const parent = node.parent;
  return (
    (ts.isDeclaration?.(parent) || ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) &&
    parent.name === node
  );
}

/** `export { x } from`, `export { x }` and the import that feeds them are plumbing, not use. */
function isReExport(node) {
  return ts.isExportSpecifier(node.parent) || ts.isImportSpecifier(node.parent) || ts.isImportClause(node.parent);
}

const found = [];
for (const file of program.getSourceFiles()) {
  const name = relative(file.fileName);
  if (!name.startsWith("src/")) continue;
  const module = checker.getSymbolAtLocation(file);
  if (!module) continue;
  for (const exported of checker.getExportsOfModule(module)) {
    const target = original(exported);
    const declaration = target.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== file) continue; // judged where it is declared
    if (USED_ELSEWHERE.has(`${name}:${exported.name}`) || usedIn.has(target)) continue;
    const line = file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
    const where = { name, line, text: `${name}:${line} ${exported.name}` };
    if (!usedAtHome.has(target)) found.push({ ...where, text: `${where.text}: nothing uses it; delete it` });
    else if (isValue) found.push({ ...where, text: `${where.text}: only its own file uses it; drop the export` });
  }
}

if (found.length > 0) {
  found.sort((a, b) => a.name.localeCompare(b.name) || a.line - b.line);
  console.log(found.map((f) => f.text).join("\n"));
  console.log(`${found.length} unused export(s).`);
  process.exitCode = 1;
} else {
  console.log("No unused exports in src/.");
}
