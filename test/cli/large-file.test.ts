// 50,000 rows: sampleSheet injects a known set of mistakes (each yields exactly one finding of a
// known code); the CLI must find exactly those, by row and code, and nothing else.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { runCli } from "../../src/cli/main";
import { importCsvText } from "../../src/csv";
import { sampleSheet, type Mistake } from "../../src/invites";
import { HEADER, ROOT, tempDir, writeFile } from "./helpers";

const ROWS = 50_000;
const MISTAKES = 180;
/** The mistakes that are warnings (the rest are errors); from the rules table in finding.ts. */
const WARNINGS = new Set<Mistake>(["whitespace", "non-canonical", "formula-like"]);

type JsonReport = { rows: number; errors: number; warnings: number; findings: { row: number; code: string }[] };

const sheet = sampleSheet(ROWS, MISTAKES, 42);
// Written by papaparse (not by our exporter) with Excel-style headers in another order.
const CSV = `${Papa.unparse(
  [["E-mail", "Name", "Group", "Role", "License"], ...sheet.rows.map((r) => [r.account, r.displayName, r.group, r.role, r.licenseType])],
  { newline: "\r\n" },
)}\r\n`;
const expected = sheet.mistakes.map((m) => `${m.index + 2} ${m.code}`);
const expectedErrorRows = [...new Set(sheet.mistakes.filter((m) => !WARNINGS.has(m.code)).map((m) => m.index + 2))];

describe("a 50,000-row file", () => {
  let file: string;
  beforeAll(() => {
    file = writeFile(tempDir(), "big.csv", CSV);
  });

  it("has the injected mistakes the test relies on (every kind, spread over the file)", () => {
    expect(sheet.mistakes.length).toBe(MISTAKES);
    expect(new Set(sheet.mistakes.map((m) => m.code)).size).toBe(9);
    expect(Math.max(...sheet.mistakes.map((m) => m.index))).toBeGreaterThan(ROWS * 0.9);
  });

  it("check --json finds exactly the injected mistakes, by row and code", () => {
    const out = runCli(["check", file, "--json"]);
    expect(out.stderr).toBe("");
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.row} ${f.code}`)).toEqual(expected);
    expect(report.rows).toBe(ROWS);
    expect(report.errors).toBe(sheet.mistakes.filter((m) => !WARNINGS.has(m.code)).length);
    expect(report.warnings).toBe(sheet.mistakes.filter((m) => WARNINGS.has(m.code)).length);
    expect(out.exitCode).toBe(1);
  });

  it("export --skip-invalid leaves out exactly the rows with errors and keeps the rest in order", () => {
    const dir = tempDir();
    const out = path.join(dir, "splashtop.csv");
    const result = runCli(["export", file, "-o", out, "--skip-invalid"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Exported ${(ROWS - expectedErrorRows.length).toLocaleString("en-US")} rows`);
    expect(result.stdout).toContain(`Left out rows ${expectedErrorRows.slice(0, 12).join(", ")}`);
    expect(result.stdout).toContain(`and ${expectedErrorRows.length - 12} more`);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    const exported = importCsvText(text);
    if (!exported.ok) throw new Error(exported.error);
    const skipped = new Set(expectedErrorRows.map((row) => row - 2));
    const kept = sheet.rows.filter((_r, i) => !skipped.has(i));
    expect(exported.csv.rows.map((r) => r.account)).toEqual(kept.map((r) => r.account.trim()));
  });

  it("the bin checks it too (child process, --json on stdout, exit 1)", () => {
    if (!existsSync(path.join(ROOT, "dist", "cli.js")))
      throw new Error("dist/cli.js is missing: run node scripts/build-node.mjs (test/global-setup.js)");
    const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "invite-sheet.js"), "check", file, "--json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).findings.map((f) => `${f.row} ${f.code}`)).toEqual(expected);
  }, 60_000);
});

describe("large bad files (issue #10)", () => {
  it("200,000 findings print as a table, one line each, exit 1 (nothing spreads the findings into a call)", () => {
    const lines = ["Email"];
    for (let i = 0; i < 200_000; i++) lines.push(`u${i}@example`);
    const file = writeFile(tempDir(), "bad.csv", `${lines.join("\r\n")}\r\n`);
    const out = runCli(["check", file]);
    expect(out.stderr).toBe("");
    expect(out.exitCode).toBe(1);
    const printed = out.stdout.split("\n");
    expect(printed[0]).toBe(`${file}: 200,000 rows, 200,000 errors, 0 warnings`);
    expect(printed[1]).toMatch(/^Row +Column +Severity +Code +Message$/);
    expect(printed[2]).toMatch(/^2 +Splashtop account +error +invalid-email +"u0@example" is missing the end of the domain/);
    expect(printed[200_001]).toMatch(/^200001 +Splashtop account +error +invalid-email +"u199999@example"/);
  }, 60_000);

  it("a 10 MB first line is never echoed: one short line on stderr, exit 2", () => {
    const file = writeFile(tempDir(), "wide.csv", `${"Name ".repeat(2 * 1024 * 1024)},Group\r\nAnn,Sales\r\n`);
    const out = runCli(["check", file]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toMatch(/^invite-sheet: [^\n]*No Splashtop account column[^\n]*\n$/);
    expect(out.stderr.length).toBeLessThan(file.length + 400);
  });
});
