// Reading the inputs: the CSV (any failure is one line, exit 2) and the --team profile (JSON,
// validated by TeamProfileSchema; a bad file names the field), and what the team changes in check.
import { chmodSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../src/cli/main";
import { crlf, expectOneLineFailure, FIXTURES, tempDir, writeFile } from "./helpers";

type JsonReport = {
  rows: number;
  errors: number;
  warnings: number;
  findings: { row: number; column: string | null; code: string; severity: string; fix?: string }[];
};

function checkWithTeam(csv: string, team: unknown): { report: JsonReport; exitCode: number } {
  const dir = tempDir();
  const file = writeFile(dir, "list.csv", csv);
  const teamFile = writeFile(dir, "team.json", JSON.stringify(team, null, 2));
  const out = runCli(["check", file, "--team", teamFile, "--json"]);
  if (!out.stdout) throw new Error(`no report (exit ${out.exitCode}): ${out.stderr}`);
  return { report: JSON.parse(out.stdout) as JsonReport, exitCode: out.exitCode };
}
const codes = (r: JsonReport) => r.findings.map((f) => `${f.row} ${f.column ?? "-"} ${f.code}`);

describe("--team: what the team profile changes", () => {
  it("flags rows past the seats left, in sheet order, and only those", () => {
    const csv = crlf("Email,License", "a@example.com,", "b@example.com,Access", "c@example.com,", "d@example.com,Support");
    const { report, exitCode } = checkWithTeam(csv, { licenses: { access: 2, support: 1 } });
    expect(codes(report)).toEqual(["4 licenseType seat-limit"]);
    expect(exitCode).toBe(1);
  });

  it("counts no seat limit when seats left is null", () => {
    const csv = crlf("Email", "a@example.com", "b@example.com", "c@example.com");
    expect(checkWithTeam(csv, { licenses: { access: null } }).report.findings).toEqual([]);
  });

  it("refuses a license type the plan does not have, and defaults blank to support on a support-only team", () => {
    const csv = crlf("Email,License", "a@example.com,", "b@example.com,Access", "c@example.com,Technician");
    const { report } = checkWithTeam(csv, { licenses: { support: 5 } });
    expect(codes(report)).toEqual(["3 licenseType license-not-in-plan", "4 licenseType non-canonical"]);
  });

  it("lets the owner and super admins invite Admins, and refuses Admin from an admin or group admin", () => {
    const csv = crlf("Email,Role", "a@example.com,Admin", "b@example.com,admin", "c@example.com,Member", "d@example.com,");
    for (const inviterRole of ["owner", "super-admin"]) {
      expect(checkWithTeam(csv, { inviterRole }).report.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
    for (const inviterRole of ["admin", "group-admin"]) {
      expect(codes(checkWithTeam(csv, { inviterRole }).report)).toEqual(["2 role admin-not-allowed", "3 role admin-not-allowed"]);
    }
  });

  it("refuses a group named like a computer group (case-insensitively)", () => {
    const csv = crlf("Email,Group", "a@example.com,servers", "b@example.com,Sales");
    const { report } = checkWithTeam(csv, { computerGroups: ["Servers"], userGroups: ["Sales"] });
    expect(codes(report)).toEqual(["2 group group-is-computer-group"]);
  });

  it("offers the team's spelling of a known group, and warns about a group it would create", () => {
    const csv = crlf("Email,Group", "a@example.com,sales", "b@example.com,Marketing");
    const { report, exitCode } = checkWithTeam(csv, { userGroups: ["Sales"] });
    expect(report.findings.map((f) => `${f.row} ${f.code} ${f.severity} ${f.fix ?? ""}`.trim())).toEqual([
      "2 non-canonical warning Sales",
      "3 new-group warning",
    ]);
    expect(exitCode).toBe(0);
  });

  it("refuses groups on a plan without user groups (Business Access)", () => {
    const csv = crlf("Email,Group", "a@example.com,Sales", "b@example.com,");
    expect(codes(checkWithTeam(csv, { userGroupsSupported: false }).report)).toEqual(["2 group user-groups-unsupported"]);
  });

  it("refuses new groups past the team's group limit", () => {
    const csv = crlf("Email,Group", "a@example.com,One", "b@example.com,Two", "c@example.com,one", "d@example.com,Three");
    const { report } = checkWithTeam(csv, { maxGroups: 3, computerGroups: ["PCs"] });
    // row 4 spells row 2's new group differently (a warning); row 5 would be group number 4 of 3
    expect(codes(report)).toEqual(["4 group non-canonical", "5 group group-limit"]);
  });

  it("refuses someone who is already a member (case-insensitively)", () => {
    const csv = crlf("Email", "ANN@Example.com", "bob@example.com");
    expect(codes(checkWithTeam(csv, { existingMembers: ["ann@example.com"] }).report)).toEqual(["2 account already-member"]);
  });

  it("uses the team for fix and export too: export refuses rows the team makes invalid", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email,Role", "a@example.com,admin", "b@example.com,member"));
    const team = writeFile(dir, "team.json", JSON.stringify({ inviterRole: "admin" }));
    const out = path.join(dir, "out.csv");
    expect(runCli(["export", file, "-o", out, "--team", team]).exitCode).toBe(1);
    const skipped = runCli(["export", file, "-o", out, "--team", team, "--skip-invalid"]);
    expect(skipped.exitCode).toBe(0);
    expect(skipped.stdout).toMatch(/Left out row 2\b/);
    const fixed = runCli(["fix", file, "-o", path.join(dir, "fixed.csv"), "--team", team]);
    expect(fixed.exitCode).toBe(1);
  });

  it("accepts a team file saved with a UTF-8 byte-order mark (Windows Notepad)", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email,Role", "a@example.com,Admin"));
    const team = writeFile(dir, "team.json", `\ufeff${JSON.stringify({ inviterRole: "admin" })}`);
    const out = runCli(["check", file, "--team", team, "--json"]);
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain("admin-not-allowed");
  });
});

describe("--team: a bad team file is one line on stderr, exit 2, naming the problem", () => {
  function badTeam(content: string, ...mentions: (string | RegExp)[]): void {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email", "a@example.com"));
    const team = writeFile(dir, "team.json", content);
    expectOneLineFailure(runCli(["check", file, "--team", team]), team, ...mentions);
  }

  it.each([
    ["an unknown inviter role", { inviterRole: "boss" }, [/inviterRole/]],
    ["negative seats", { licenses: { access: -1 } }, [/licenses\.access/]],
    ["fractional seats", { licenses: { support: 2.5 } }, [/licenses\.support/]],
    ["seats as text", { licenses: { access: "10" } }, [/licenses\.access/]],
    ["a misspelled license key", { licenses: { acess: 3 } }, [/acess/]],
    ["an unknown top-level field", { seats: 5 }, [/seats/]],
    ["groups that are not a list", { userGroups: "Sales" }, [/userGroups/]],
    ["a member that is not text", { existingMembers: ["a@example.com", 7] }, [/existingMembers\.1/]],
    ["a negative group limit", { maxGroups: -1 }, [/maxGroups/]],
    ["a list instead of an object", [], [/team profile/]],
  ] as const)("%s", (_what, team, mentions) => {
    badTeam(JSON.stringify(team, null, 2), /not a valid team profile/, ...mentions);
  });

  it("says the team file is not JSON when it is not, in one line", () => {
    badTeam("inviterRole: owner", /not valid JSON/, /--team/);
  });

  it("keeps the not-JSON error on one line when the broken file has several lines", () => {
    badTeam('{\n  "inviterRole": owner,\n  "licenses": {}\n}\n', /not valid JSON/);
  });

  it("says the team file does not exist", () => {
    const dir = tempDir();
    const file = writeFile(dir, "list.csv", crlf("Email", "a@example.com"));
    expectOneLineFailure(runCli(["check", file, "--team", path.join(dir, "missing.json")]), /team file .*missing\.json does not exist/);
  });
});

describe("the CSV file cannot be read: one line on stderr, exit 2", () => {
  it("does not exist", () => {
    const dir = tempDir();
    const missing = path.join(dir, "nope.csv");
    for (const argv of [
      ["check", missing],
      ["fix", missing, "-o", path.join(dir, "o.csv")],
      ["export", missing, "-o", path.join(dir, "o.csv")],
    ]) {
      expectOneLineFailure(runCli(argv), `${missing} does not exist`);
    }
  });

  it("is a folder", () => {
    const dir = tempDir();
    expectOneLineFailure(runCli(["check", dir]), /is a folder, not a file/);
  });

  it("cannot be read (permission denied)", () => {
    if (process.getuid?.() === 0) return; // root reads anything; nothing to test here
    const dir = tempDir();
    const file = writeFile(dir, "secret.csv", crlf("Email", "a@example.com"));
    chmodSync(file, 0o000);
    expectOneLineFailure(runCli(["check", file]), /permission denied/);
  });

  it("is an Excel workbook saved under a .csv name", () => {
    expectOneLineFailure(runCli(["check", path.join(FIXTURES, "workbook-saved-as.csv")]), /workbook|zip/, /CSV UTF-8/);
  });

  it("is binary", () => {
    const dir = tempDir();
    const file = writeFile(dir, "image.csv", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expectOneLineFailure(runCli(["check", file]), file, /binary/);
  });

  it("is empty", () => {
    const dir = tempDir();
    expectOneLineFailure(runCli(["check", writeFile(dir, "empty.csv", "")]), /empty/);
    expectOneLineFailure(runCli(["check", writeFile(dir, "bom.csv", "\ufeff\r\n")]), /empty/);
  });

  it("has no account column", () => {
    const dir = tempDir();
    expectOneLineFailure(
      runCli(["check", writeFile(dir, "names.csv", crlf("Name,Group", "Ann,Sales"))]),
      /Splashtop account/,
      /"Name", "Group"/,
    );
  });

  it("has an unclosed quote", () => {
    const dir = tempDir();
    expectOneLineFailure(
      runCli(["check", writeFile(dir, "quote.csv", 'Email,Name\r\na@example.com,Ann\r\nb@example.com,"Bob\r\n')]),
      /\bRow 3\b/,
      /quote/,
    );
  });
});
