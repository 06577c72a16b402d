// The command-line faults issue #10 found, each on a real file through runCli.
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { crlf, expectOneLineFailure, filesIn, HEADER, tempDir, writeFile } from "./helpers";

type JsonReport = {
  rows: number;
  errors: number;
  warnings: number;
  findings: { row: number; column: string | null; code: string; message: string; fix?: string }[];
};

function json(file: string, ...extra: string[]): JsonReport {
  const out = runCli(["check", file, "--json", ...extra]);
  if (!out.stdout) throw new Error(`no report (exit ${out.exitCode}): ${out.stderr}`);
  return JSON.parse(out.stdout) as JsonReport;
}

describe("invite-sheet with no command", () => {
  it("prints the usage on stderr, nothing on stdout, exit 2", () => {
    const out = runCli([]);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^invite-sheet: check, fix and export/);
    expect(out.stderr).toContain("invite-sheet check  <file.csv>");
  });
});

describe("a row with more values than the header (an unquoted comma)", () => {
  const FILE = crlf("Email,Name,Group", "ann@example.com,Lee, Ann,Sales", "bob@example", "cy@example.com,Cy,HR");

  it("check: an error on that row naming the cause; the other rows are still read and checked; exit 1", () => {
    const dir = tempDir();
    const report = json(writeFile(dir, "in.csv", FILE));
    expect(report.findings.map((f) => `${f.row} ${f.column} ${f.code}`)).toEqual(["2 null extra-values", "3 account invalid-email"]);
    expect(report.findings[0]?.message).toMatch(/4 values but the header has 3 columns, so "Sales" is left over.*comma in it/);
    expect(report.rows).toBe(3);
  });

  it("fix: the row is written with every value (the extra ones after the five columns), untouched; the others are fixed", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", FILE.replace("cy@example.com,Cy,HR", "cy@example.com,Cy, hr "));
    const out = path.join(dir, "fixed.csv");
    const result = runCli(["fix", input, "-o", out]);
    expect(result.exitCode).toBe(1);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, 'ann@example.com," Ann",Lee,,,Sales', "bob@example,,,,", "cy@example.com,hr,Cy,,"));
    // and the fixed file still says what is wrong with that row
    expect(json(out).findings.map((f) => `${f.row} ${f.code}`)).toEqual(["2 extra-values", "3 invalid-email"]);
  });

  it("export refuses; --skip-invalid writes the other rows and names the rows left out", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", FILE);
    const out = path.join(dir, "out.csv");
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(1);
    const skipped = runCli(["export", input, "-o", out, "--skip-invalid"]);
    expect(skipped.stdout).toBe(`Exported 1 row to ${out}. Left out rows 2, 3 (errors).\n`);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, "cy@example.com,HR,Cy,,"));
  });
});

describe("a UTF-8 file with one corrupt byte", () => {
  const bytes = Buffer.concat([
    Buffer.from("Email,Name\r\nzoe@example.com,Zoë\r\nemile@example.com,Émile\r\nbob@example.com,Bo", "utf8"),
    Buffer.from([0xe9]),
    Buffer.from("\r\n"),
  ]);

  it("is read as UTF-8: accented names intact, the damaged cell an error, the line named; export refuses", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", bytes);
    const check = runCli(["check", input]);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toMatch(/^note: Read as UTF-8, but 1 place in the file is not valid UTF-8 \(the first on line 4\)/m);
    expect(check.stdout).toMatch(/^4 +Display name +error +damaged-text /m);
    const out = path.join(dir, "out.csv");
    expect(runCli(["export", input, "-o", out]).exitCode).toBe(1);
    expect(runCli(["export", input, "-o", out, "--skip-invalid"]).exitCode).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(crlf(HEADER, "zoe@example.com,,Zoë,,", "emile@example.com,,Émile,,"));
  });
});

describe("spellings and formula-like text", () => {
  it("=Admin, @Access and ad-min are errors; formula-like text is written by fix and export exactly as read", () => {
    const dir = tempDir();
    const bad = writeFile(dir, "bad.csv", crlf("Email,License,Role", "a@example.com,@Access,=Admin", "b@example.com,,ad-min"));
    expect(
      json(bad)
        .findings.filter((f) => f.code.startsWith("unknown"))
        .map((f) => `${f.row} ${f.code}`),
    ).toEqual(["2 unknown-license-type", "2 unknown-role", "3 unknown-role"]);
    const fine = writeFile(dir, "fine.csv", crlf("Email,Name,Group", "a@example.com, =1+2 ,=Ops", "b@example.com,@home,=OPS"));
    const fixed = path.join(dir, "fixed.csv");
    const exported = path.join(dir, "exported.csv");
    expect(runCli(["fix", fine, "-o", fixed]).exitCode).toBe(0);
    expect(runCli(["export", fine, "-o", exported]).exitCode).toBe(0);
    const expected = crlf(HEADER, 'a@example.com,=Ops," =1+2 ",,', "b@example.com,=OPS,@home,,");
    expect(readFileSync(fixed, "utf8")).toBe(expected);
    expect(readFileSync(exported, "utf8")).toBe(expected);
  });

  it("a new group written `apac` and ` APAC `: fix and export write the first row's spelling, and exporting the export changes nothing", () => {
    const dir = tempDir();
    const input = writeFile(dir, "in.csv", crlf("Email,Group", "a@example.com,apac", "b@example.com, APAC ", "c@example.com,Apac"));
    const [fixed, first, second] = ["fixed.csv", "first.csv", "second.csv"].map((n) => path.join(dir, n)) as [string, string, string];
    expect(runCli(["fix", input, "-o", fixed]).exitCode).toBe(0);
    expect(runCli(["export", input, "-o", first]).exitCode).toBe(0);
    expect(runCli(["export", first, "-o", second]).exitCode).toBe(0);
    const expected = crlf(HEADER, "a@example.com,apac,,,", "b@example.com,apac,,,", "c@example.com,apac,,,");
    expect([readFileSync(fixed, "utf8"), readFileSync(first, "utf8")]).toEqual([expected, expected]);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  });
});

describe("words for the command line", () => {
  it("never says Click: every fix is offered as `invite-sheet fix`", () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      "in.csv",
      crlf(
        "Email,Group,Name,License,Role",
        " a@example.com ,sales,Ann\u200b,technician,admin",
        "b@example.com,Sales,Bo,,",
        "Cy <cy@example.com>,,,,",
      ),
    );
    const table = runCli(["check", file, "--team", writeFile(dir, "team.json", JSON.stringify({ userGroups: ["Sales"] }))]);
    expect(table.stdout).not.toMatch(/Click/);
    expect(table.stdout).toMatch(/invite-sheet fix will remove it\./);
    const report = json(file);
    expect(report.findings.filter((f) => f.fix !== undefined).every((f) => /invite-sheet fix will /.test(f.message))).toBe(true);
  });

  it("rows in check --json counts people, the number export then reports", () => {
    const dir = tempDir();
    const file = writeFile(dir, "in.csv", crlf("Email,Name", "a@example.com,Ann", "", ",", " , ", "b@example.com,Bo", ""));
    expect(json(file).rows).toBe(2);
    expect(runCli(["export", file, "-o", path.join(dir, "out.csv")]).stdout).toBe(`Exported 2 rows to ${path.join(dir, "out.csv")}.\n`);
  });

  it('accepts {"maxGroups": 0} in a team profile: every new group is an error', () => {
    const dir = tempDir();
    const file = writeFile(dir, "in.csv", crlf("Email,Group", "a@example.com,Sales", "b@example.com,"));
    const report = json(file, "--team", writeFile(dir, "team.json", '{"maxGroups": 0}'));
    expect(report.findings.map((f) => `${f.row} ${f.code}`)).toEqual(["2 group-limit"]);
  });

  it("refuses an export with no one in it (nothing to write), exit 1, no file", () => {
    const dir = tempDir();
    const file = writeFile(dir, "in.csv", crlf("Email,Name", "", ","));
    const out = runCli(["export", file, "-o", path.join(dir, "out.csv")]);
    expect(out).toEqual({ stdout: "", stderr: "Nothing to export: the file has no rows of people.\n", exitCode: 1 });
    expect(filesIn(dir)).toEqual(["in.csv"]);
  });

  it("a file without a header says so in one line (exit 2)", () => {
    const dir = tempDir();
    expectOneLineFailure(runCli(["check", writeFile(dir, "in.csv", crlf("Ann Lee,ann@example.com"))]), /first row is not a header/);
  });
});
