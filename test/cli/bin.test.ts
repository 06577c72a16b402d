// The real program: `node bin/invite-sheet.js ...` in a child process, to prove exit codes,
// stdout/stderr separation, one-line errors and --help from the installed bin (the esbuild bundle
// in dist/cli.js, built by test/global-setup.js or, failing that, here).
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, readdirSync } from "node:fs";
import path from "node:path";
import { crlf, FIXTURES, HEADER, ROOT, tempDir, writeFile } from "./helpers";

const BIN = path.join(ROOT, "bin", "invite-sheet.js");
const BUNDLE = path.join(ROOT, "dist", "cli.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  const sources = Math.max(...["src/cli", "src/csv", "src/invites"].map((d) => newestSource(path.join(ROOT, d))));
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < sources) {
    const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-node.mjs")], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`could not build the CLI bundle: ${build.stderr}`);
  }
}, 60_000);

function run(args: string[], options: { cwd?: string; bin?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", timeout: 30_000 });
}

function expectOneLine(result: SpawnSyncReturns<string>, ...mentions: RegExp[]): void {
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^invite-sheet: [^\r\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const m of mentions) expect(result.stderr).toMatch(m);
  expect(result.status).toBe(2);
}

describe("bin/invite-sheet.js", () => {
  it("--help prints usage on stdout, nothing on stderr, exit 0", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Usage:$/m);
    for (const command of ["check", "fix", "export"]) expect(result.stdout).toContain(`invite-sheet ${command} `);
  });

  it("no command: the usage on stderr, nothing on stdout, exit 2", () => {
    const result = run([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage:$/m);
  });

  it("check --json: the report on stdout (valid JSON), nothing on stderr, exit 1 on errors", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email,License", "ann@example.com,technician", "bob@example,"));
    const result = run(["check", file, "--json"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as {
      rows: number;
      errors: number;
      warnings: number;
      findings: { row: number; code: string }[];
    };
    expect(report).toMatchObject({ rows: 2, errors: 1, warnings: 1 });
    expect(report.findings.map((f) => `${f.row} ${f.code}`)).toEqual(["2 non-canonical", "3 invalid-email"]);
  });

  it("check on a clean file exits 0 and prints the summary on stdout", () => {
    const dir = tempDir();
    const file = writeFile(dir, "clean.csv", crlf(HEADER, "ann@example.com,Sales,Ann,Support,Admin"));
    const result = run(["check", file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`${file}: 1 row, 0 errors, 0 warnings\n`);
  });

  it("export with errors: exit 1, findings on stderr, nothing on stdout, no file written", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email", "ann@example.com", "bob@example"));
    const out = path.join(dir, "out.csv");
    const result = run(["export", file, "-o", out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/Not exported: row 3 has errors.*--skip-invalid/);
    expect(existsSync(out)).toBe(false);
  });

  it("export with --bom writes the file and reports on stdout, exit 0", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email,Name,Role", "zoe@example.com,Zoë 😀,admin"));
    const out = path.join(dir, "out.csv");
    const result = run(["export", file, "-o", out, "--bom"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Exported 1 rows? to .*out\.csv\.\n$/);
    expect(readFileSync(out).equals(Buffer.from(`\ufeff${crlf(HEADER, "zoe@example.com,,Zoë 😀,,Admin")}`, "utf8"))).toBe(true);
  });

  it("a missing input file: exit 2, one line on stderr", () => {
    expectOneLine(run(["check", "definitely-not-here.csv"]), /definitely-not-here\.csv does not exist/);
  });

  it("an output file in a missing folder: exit 2, one line on stderr", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email", "ann@example.com"));
    expectOneLine(run(["export", file, "-o", path.join(dir, "missing", "out.csv")]), /Could not write/);
  });

  it("an Excel workbook: exit 2, one line, no stack trace", () => {
    expectOneLine(run(["check", path.join(FIXTURES, "workbook-saved-as.csv")]), /workbook|zip/);
  });

  it("bad usage: exit 2, one line", () => {
    expectOneLine(run(["export", "list.csv"]), /-o <out\.csv>/);
    expectOneLine(run(["check", "list.csv", "--colour"]), /--colour/);
  });

  it("a bad team file: exit 2, one line naming the field", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email", "ann@example.com"));
    const team = writeFile(dir, "team.json", JSON.stringify({ licenses: { access: -3 } }));
    expectOneLine(run(["check", file, "--team", team]), /licenses\.access/);
  });

  it("works from any working directory (relative paths are the user's)", () => {
    const dir = tempDir();
    writeFile(dir, "list.csv", crlf("Email", "ann@example.com"));
    const result = run(["export", "list.csv", "-o", "out.csv"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, "out.csv"), "utf8")).toBe(crlf(HEADER, "ann@example.com,,,,"));
  });

  it("says in one line how to build it when the bundle is missing", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "bin"));
    const bin = path.join(dir, "bin", "invite-sheet.js");
    copyFileSync(BIN, bin);
    expectOneLine(run(["--help"], { bin }), /npm install/);
  });

  it("is an executable node script (shebang) so npm can link it", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("runs as `npx invite-sheet --help` in the project (offline, no install)", () => {
    const result = spawnSync("npx", ["--offline", "--no-install", "invite-sheet", "--help"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage:$/m);
  }, 70_000);
});
