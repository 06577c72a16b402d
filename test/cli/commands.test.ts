// check, fix and export on real files in a temp folder, in-process through runCli.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { exportCsv, importCsvText } from "../../src/csv";
import { sampleSheet } from "../../src/invites";
import { crlf, expectOneLineFailure, FIXTURES, filesIn, HEADER, tempDir, writeFile } from "./helpers";

type JsonFinding = { row: number; column: string | null; code: string; severity: string; message: string; fix?: string };
type JsonReport = { rows: number; errors: number; warnings: number; findings: JsonFinding[] };

/** A list with one of everything: spellings to fix, an invalid address, a missing account, an unknown license and role. */
const MIXED = crlf(
  "Email,Group,Name,License,Role",
  "ann@example.com,Sales,Ann Lee,technician,admin",
  "bob@example,Sales,Bob,,",
  ",Sales,Cy,,",
  "dana@example.com,,Dana,Premium,Owner",
);

const CLEAN = crlf(HEADER, "ann@example.com,Sales,Ann Lee,Support,Admin", "bob@example.com,,Bob,,");

function checkJson(file: string, ...extra: string[]): { report: JsonReport; exitCode: number; stderr: string } {
  const out = runCli(["check", file, "--json", ...extra]);
  if (!out.stdout.endsWith("\n")) throw new Error(`check --json printed no report (exit ${out.exitCode}): ${out.stderr}`);
  return { report: JSON.parse(out.stdout) as JsonReport, exitCode: out.exitCode, stderr: out.stderr };
}

const brief = (f: JsonFinding) => `${f.row} ${f.column ?? "-"} ${f.code} ${f.severity}${f.fix === undefined ? "" : ` -> ${f.fix}`}`;

describe("check --json", () => {
  it("reports every finding with row, column, code, severity, message and fix; exit 1 on errors", () => {
    const dir = tempDir();
    const { report, exitCode, stderr } = checkJson(writeFile(dir, "mixed.csv", MIXED));
    expect(exitCode).toBe(1);
    expect(stderr).toBe("");
    expect(report.findings.map(brief)).toEqual([
      "2 licenseType non-canonical warning -> Support",
      "2 role non-canonical warning -> Admin",
      "3 account invalid-email error",
      "4 account missing-account error",
      "5 licenseType unknown-license-type error",
      "5 role unknown-role error",
    ]);
    expect({ rows: report.rows, errors: report.errors, warnings: report.warnings }).toEqual({ rows: 4, errors: 4, warnings: 2 });
    expect(Object.keys(report)).toEqual(["rows", "errors", "warnings", "findings"]);
    for (const f of report.findings) {
      expect(Object.keys(f).filter((k) => !["row", "column", "code", "severity", "message", "fix"].includes(k))).toEqual([]);
      expect(f.message.trim().length).toBeGreaterThan(10);
    }
  });

  it("exits 0 on a clean file and on a file with warnings only", () => {
    const dir = tempDir();
    expect(checkJson(writeFile(dir, "clean.csv", CLEAN))).toEqual({
      report: { rows: 2, errors: 0, warnings: 0, findings: [] },
      exitCode: 0,
      stderr: "",
    });
    const warnings = checkJson(writeFile(dir, "warn.csv", crlf("Email,License", " ann@example.com ,end user")));
    expect(warnings.exitCode).toBe(0);
    expect(warnings.report.findings.map(brief)).toEqual([
      "2 account whitespace warning -> ann@example.com",
      "2 licenseType non-canonical warning -> Access",
    ]);
  });

  it("flags the same account twice (case-insensitively) on the later row", () => {
    const dir = tempDir();
    const { report } = checkJson(writeFile(dir, "dup.csv", crlf("Email", "ann@example.com", "bob@example.com", "ANN@Example.com")));
    expect(report.findings.map(brief)).toEqual(["4 account duplicate-account error"]);
    expect(report.findings[0]?.message).toContain("row 2");
  });

  it("numbers rows as a spreadsheet does: blank lines and multi-line quoted values count as one row each", () => {
    const dir = tempDir();
    const file = writeFile(dir, "rows.csv", 'Email,Name\r\nann@example.com,"Ann\r\nLee"\r\n\r\nnot-an-email,Bob\r\n');
    const { report } = checkJson(file);
    expect(report.findings.filter((f) => f.code === "invalid-email").map((f) => f.row)).toEqual([4]);
    // the quoted line break is itself a problem in a display name, on row 2
    expect(report.findings.filter((f) => f.row === 2).map((f) => f.code)).toEqual(["control-characters"]);
  });

  it("refuses a file without a header row (its first value is an address): exit 2, one line, never read by position", () => {
    const dir = tempDir();
    const file = writeFile(dir, "noheader.csv", crlf("ann@example.com,Sales,Ann,,", "bob@example,Sales,Bob,,"));
    for (const argv of [
      ["check", file],
      ["check", file, "--json"],
      ["fix", file, "-o", path.join(dir, "f.csv")],
      ["export", file, "-o", path.join(dir, "e.csv")],
    ]) {
      expectOneLineFailure(runCli(argv), /first row is not a header/, /"ann@example\.com"/);
    }
    expect(filesIn(dir)).toEqual(["noheader.csv"]);
  });

  it("reads a semicolon file, a tab file and a UTF-16 file the same way", () => {
    const dir = tempDir();
    const semicolon = writeFile(
      dir,
      "semi.csv",
      crlf("Splashtop account;Display name;License type", "ann@example.com;Lee, Ann;technician", "bob@example;Bob;"),
    );
    const tab = writeFile(dir, "tab.tsv", "Email\tName\tLicense\nann@example.com\tLee, Ann\ttechnician\nbob@example\tBob\t\n");
    const utf16 = writeFile(
      dir,
      "u16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(semicolon, "utf8"), "utf16le")]),
    );
    for (const file of [semicolon, tab, utf16]) {
      expect(checkJson(file).report.findings.map(brief)).toEqual([
        "2 licenseType non-canonical warning -> Support",
        "3 account invalid-email error",
      ]);
    }
  });

  it("checks accounts with non-ASCII or invisible characters without crashing (one finding each)", () => {
    const dir = tempDir();
    const file = writeFile(dir, "odd.csv", crlf("Email", "zoë@example.com", "bob@example.com\u200b", "李@example.com", "ann@example.com"));
    const { report, exitCode, stderr } = checkJson(file);
    expect(stderr).toBe("");
    expect(exitCode).toBe(1);
    expect(report.findings.map((f) => `${f.row} ${f.code}`)).toEqual(["2 invalid-email", "3 control-characters", "4 invalid-email"]);
    expect(report.findings[1]?.fix).toBe("bob@example.com");
  });
});

describe("check (readable table)", () => {
  it("prints a summary line and one table line per finding on stdout; exit 1", () => {
    const dir = tempDir();
    const file = writeFile(dir, "mixed.csv", MIXED);
    const out = runCli(["check", file]);
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe("");
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines).toContain(`${file}: 4 rows, 4 errors, 2 warnings`);
    for (const [row, code, severity] of [
      ["2", "non-canonical", "warning"],
      ["3", "invalid-email", "error"],
      ["4", "missing-account", "error"],
      ["5", "unknown-license-type", "error"],
      ["5", "unknown-role", "error"],
    ]) {
      expect(lines.some((l) => new RegExp(`^${row}\\s.*\\b${severity}\\s+${code}\\s`).test(l))).toBe(true);
    }
    expect(lines.find((l) => /invalid-email/.test(l))).toMatch(/bob@example/);
  });

  it("says a clean file is clean, exit 0", () => {
    const dir = tempDir();
    const file = writeFile(dir, "clean.csv", CLEAN);
    expect(runCli(["check", file])).toEqual({ stdout: `${file}: 2 rows, 0 errors, 0 warnings\n`, stderr: "", exitCode: 0 });
  });

  it("notes ignored columns and a semicolon delimiter on stdout", () => {
    const dir = tempDir();
    const extra = runCli(["check", writeFile(dir, "extra.csv", crlf("Email;Department;Name", "ann@example.com;Sales ops;Ann"))]);
    expect(extra.stdout).toMatch(/^note: .*semicolon/m);
    expect(extra.stdout).toMatch(/^note: .*Department/m);
  });
});

describe("fix", () => {
  const INPUT = crlf(
    "Email,Group,Name,License,Role",
    " ann@example.com ,Sales,Ann Lee,technician,admin",
    "bob@example.com,sales,Bob,end user,member",
    "",
    "carol@example,HR,Carol,,",
    "Dee <dee@example.com>,HR,Dee\u200b,Remote Access,",
  );

  it("applies the safe fixes, keeps every row in place (blank ones too) and writes the export format", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", INPUT);
    const out = path.join(dir, "fixed.csv");
    const result = runCli(["fix", input, "-o", out]);
    expect(readFileSync(out, "utf8")).toBe(
      crlf(
        HEADER,
        "ann@example.com,Sales,Ann Lee,Support,Admin",
        "bob@example.com,Sales,Bob,Access,Member",
        ",,,,",
        "carol@example,HR,Carol,,",
        "dee@example.com,HR,Dee,Access,",
      ),
    );
    // carol's address has no safe fix: exit 1, and the message sends the user to check
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/row 5\b/);
    expect(result.stdout).toContain(`invite-sheet check ${out}`);
  });

  it("exits 0 when the fixes leave no errors, and the result checks clean", () => {
    const dir = tempDir();
    const input = writeFile(
      dir,
      "in.csv",
      crlf("Email,License,Role", " ann@example.com,technician,ADMIN", "bob@example.com\u200b,,member"),
    );
    const out = path.join(dir, "fixed.csv");
    const result = runCli(["fix", input, "-o", out]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, "ann@example.com,,,Support,Admin", "bob@example.com,,,,Member"));
    expect(runCli(["check", out]).exitCode).toBe(0);
  });

  it("leaves the input file untouched", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", INPUT);
    runCli(["fix", input, "-o", path.join(dir, "fixed.csv")]);
    expect(readFileSync(input, "utf8")).toBe(INPUT);
  });

  it("can fix a file in place (-o the same file) without leaving a temporary file", () => {
    const dir = tempDir();
    const input = writeFile(dir, "list.csv", crlf("Email,License", " ann@example.com ,technician"));
    expect(runCli(["fix", input, "-o", input]).exitCode).toBe(0);
    expect(readFileSync(input, "utf8")).toBe(crlf(HEADER, "ann@example.com,,,Support,"));
    expect(filesIn(dir)).toEqual(["list.csv"]);
  });

  it("never drops or reorders rows of a large sample with mistakes", () => {
    const { rows } = sampleSheet(2_000, 200, 3);
    const dir = tempDir();
    const input = writeFile(dir, "sample.csv", exportCsv(rows));
    const out = path.join(dir, "fixed.csv");
    runCli(["fix", input, "-o", out]);
    const fixed = importCsvText(readFileSync(out, "utf8"));
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.csv.rows.length).toBe(rows.length);
    expect(fixed.csv.rows.map((r) => r.account)).toEqual(rows.map((r) => r.account.trim()));
  });
});

describe("export", () => {
  it("writes the article's header and canonical spellings; blank stays blank; exit 0", () => {
    const dir = tempDir();
    const input = writeFile(
      dir,
      "in.csv",
      crlf(
        "Role,License,Name,Group,Email",
        "admin,technician,Ann Lee,Sales,ann@example.com",
        "member,end user,Bob,,bob@example.com",
        ",,,, cy@example.com ",
        'MEMBER,Remote Access,"Lee, Dee",Sales,dee@example.com',
      ),
    );
    const out = path.join(dir, "splashtop.csv");
    const result = runCli(["export", input, "-o", out]);
    expect(result).toEqual({ stdout: `Exported 4 rows to ${out}.\n`, stderr: "", exitCode: 0 });
    expect(readFileSync(out, "utf8")).toBe(
      crlf(
        HEADER,
        "ann@example.com,Sales,Ann Lee,Support,Admin",
        "bob@example.com,,Bob,Access,Member",
        "cy@example.com,,,,",
        'dee@example.com,Sales,"Lee, Dee",Access,Member',
      ),
    );
  });

  it("writes UTF-8 without a BOM by default and with one when asked (--bom)", () => {
    const dir = tempDir();
    const input = writeFile(
      dir,
      "in.csv",
      crlf("Email,Name", "zoe@example.com,Zoë 😀", "li@example.com,李小龙", "emile@example.com,Émile Müller"),
    );
    const plain = path.join(dir, "plain.csv");
    const bom = path.join(dir, "bom.csv");
    expect(runCli(["export", input, "-o", plain]).exitCode).toBe(0);
    expect(runCli(["export", input, "-o", bom, "--bom"]).exitCode).toBe(0);
    const expected = Buffer.from(
      crlf(HEADER, "zoe@example.com,,Zoë 😀,,", "li@example.com,,李小龙,,", "emile@example.com,,Émile Müller,,"),
      "utf8",
    );
    expect(readFileSync(plain).equals(expected)).toBe(true);
    expect(readFileSync(bom).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), expected]))).toBe(true);
  });

  it("turns a semicolon, Windows-1252 file into a comma, UTF-8 file", () => {
    const dir = tempDir();
    const input = writeFile(
      dir,
      "in.csv",
      Buffer.from("Email;Name;License\r\njose@example.com;Jos\xe9 M\xfcller, Jr;Technician\r\n", "latin1"),
    );
    const out = path.join(dir, "out.csv");
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, 'jose@example.com,,"José Müller, Jr",Support,'));
  });

  it("leaves blank lines out of the file Splashtop receives", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", crlf("Email", "ann@example.com", "", ",", "bob@example.com"));
    const out = path.join(dir, "out.csv");
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, "ann@example.com,,,,", "bob@example.com,,,,"));
  });

  it("refuses while errors remain: exit 1, names the rows, suggests --skip-invalid, writes nothing", () => {
    const dir = tempDir();
    const input = writeFile(dir, "mixed.csv", MIXED);
    const out = path.join(dir, "out.csv");
    const result = runCli(["export", input, "-o", out]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    const last = result.stderr.trimEnd().split("\n").pop();
    expect(last).toMatch(/rows 3, 4, 5\b/);
    expect(last).toMatch(/--skip-invalid/);
    expect(existsSync(out)).toBe(false);
    expect(filesIn(dir)).toEqual(["mixed.csv"]);
  });

  it("does not overwrite an existing output file when it refuses", () => {
    const dir = tempDir();
    const input = writeFile(dir, "mixed.csv", MIXED);
    const out = writeFile(dir, "out.csv", "previous export\r\n");
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous export\r\n");
  });

  it("with --skip-invalid leaves out the rows with errors and says which", () => {
    const dir = tempDir();
    const input = writeFile(dir, "mixed.csv", MIXED);
    const out = path.join(dir, "out.csv");
    const result = runCli(["export", input, "-o", out, "--skip-invalid"]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/Exported 1 rows? to /);
    expect(result.stdout).toMatch(/Left out rows 3, 4, 5\b/);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, "ann@example.com,Sales,Ann Lee,Support,Admin"));
  });

  it("exports Excel's own CSV UTF-8 file (fixture) in the article's order", () => {
    const dir = tempDir();
    const out = path.join(dir, "out.csv");
    const result = runCli(["export", path.join(FIXTURES, "excel-utf8-bom.csv"), "-o", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^note: .*Department/m);
    expect(readFileSync(out, "utf8")).toBe(
      crlf(
        HEADER,
        'ann@example.com,Sales,"Lee, Ann",Support,Admin',
        'bob@example.com,,"Bob ""Bobby"" Ray",Access,',
        "emile@example.com,Engineering,Émile Dubois,,Member",
      ),
    );
  });

  it("round-trips: exporting an exported file gives the same bytes", () => {
    const dir = tempDir();
    const first = path.join(dir, "first.csv");
    const second = path.join(dir, "second.csv");
    expect(runCli(["export", path.join(FIXTURES, "excel-utf8-bom.csv"), "-o", first, "--bom"]).exitCode).toBe(0);
    expect(runCli(["export", first, "-o", second, "--bom"]).exitCode).toBe(0);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  });

  it("overwrites an existing output file when it succeeds", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", CLEAN);
    const out = path.join(dir, "out.csv");
    writeFileSync(out, "old content that is longer than the new file will be, to catch a partial overwrite".repeat(20));
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(CLEAN);
  });
});
