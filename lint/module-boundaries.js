// A local ESLint rule: every folder under src/ is a module, and code outside a module imports it
// only through its index.ts. The modules are each top-level folder of src/ and every deeper folder
// that has an index.ts (src/workbook/live, src/server/relay, ...); a module without an index.ts
// (src/cli) may not be imported from outside at all. A file under test/ counts as if it sat at the
// same path under src/, so test/workbook/live/ may reach src/workbook/live's internals (the module
// it tests) and every other module only through its index. bench/ and scripts/ are outside every
// module. Only relative specifiers are ours; packages are left to other rules.
// CommonJS so that eslint.config.mjs and jest can both load it without a build.
const fs = require("node:fs");
const path = require("node:path");

/** @type {Map<string, { dir: string; hasIndex: boolean }[]>} */
const modulesByRoot = new Map();

/** The modules under `root`/src, outermost first. */
function modulesOf(root) {
  const cached = modulesByRoot.get(root);
  if (cached) return cached;
  const src = path.join(root, "src");
  const found = [];
  const visit = (dir, top) => {
    const hasIndex = fs.existsSync(path.join(dir, "index.ts"));
    if (top || hasIndex) found.push({ dir, hasIndex });
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(dir, entry.name), false);
    }
  };
  if (fs.existsSync(src)) {
    for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(src, entry.name), true);
    }
  }
  found.sort((a, b) => a.dir.length - b.dir.length);
  modulesByRoot.set(root, found);
  return found;
}

function inside(dir, file) {
  const rel = path.relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/** The file an import names, without its extension (a folder names its index). */
function targetOf(importer, specifier) {
  const resolved = path.resolve(path.dirname(importer), specifier);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) return path.join(resolved, "index");
  return resolved.replace(/\.(?:[cm]?js|jsx|tsx?)$/, "");
}

/** Where the rule places a file: a test stands at its mirrored path under src/. */
function placeOf(root, file) {
  const tests = path.join(root, "test");
  return inside(tests, file) ? path.join(root, "src", path.relative(tests, file)) : file;
}

/** The problem with `importer` importing `specifier`, or null when the import is allowed. */
function boundaryProblem(root, importer, specifier) {
  if (!specifier.startsWith(".")) return null;
  const target = targetOf(importer, specifier);
  const place = placeOf(root, importer);
  // The outermost module that holds the target but not the importer is the wall being crossed.
  const wall = modulesOf(root).find((m) => inside(m.dir, target) && !inside(m.dir, place));
  if (!wall) return null;
  const folder = path.relative(root, wall.dir).split(path.sep).join("/");
  if (!wall.hasIndex) return { messageId: "noIndex", data: { specifier, folder } };
  if (target === path.join(wall.dir, "index")) return null;
  return { messageId: "deep", data: { specifier, folder } };
}

/** The string a node's module specifier holds, when it is a literal. */
function literal(node) {
  return node && node.type === "Literal" && typeof node.value === "string" ? node.value : null;
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Import a folder of src/ from outside it only through its index.ts" },
    schema: [],
    messages: {
      deep: "'{{specifier}}' reaches inside {{folder}}: import it from {{folder}}/index.ts, and export what is needed there.",
      noIndex: "'{{specifier}}' reaches inside {{folder}}, which has no index.ts: add one that exports what is needed, and import that.",
    },
  },
  create(context) {
    const root = context.cwd;
    const importer = context.filename;
    const check = (specifierNode) => {
      const specifier = literal(specifierNode);
      if (specifier === null) return;
      const problem = boundaryProblem(root, importer, specifier);
      if (problem) context.report({ node: specifierNode, ...problem });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument && node.argument.type === "TSLiteralType" ? node.argument.literal : null),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require") check(node.arguments[0]);
      },
    };
  },
};

module.exports = { rules: { "module-boundaries": rule }, boundaryProblem };
