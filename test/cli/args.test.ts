// Command-line parsing: the three commands, their options, and a one-line exit-2 answer to every
// mistake in usage (checked through runCli, before any file is touched).
import { parseCliArgs } from "../../src/cli/args";
import { runCli } from "../../src/cli/main";
import { expectOneLineFailure } from "./helpers";

describe("parseCliArgs", () => {
  it("reads check with and without its options, in any position", () => {
    expect(parseCliArgs(["check", "list.csv"])).toEqual({ ok: true, command: { kind: "check", file: "list.csv", json: false } });
    expect(parseCliArgs(["check", "--json", "list.csv", "--team", "team.json"])).toEqual({
      ok: true,
      command: { kind: "check", file: "list.csv", json: true, team: "team.json" },
    });
  });

  it("reads fix with -o or --out", () => {
    const expected = { ok: true, command: { kind: "fix", file: "in.csv", out: "out.csv" } };
    expect(parseCliArgs(["fix", "in.csv", "-o", "out.csv"])).toEqual(expected);
    expect(parseCliArgs(["fix", "in.csv", "--out", "out.csv"])).toEqual(expected);
    expect(parseCliArgs(["fix", "in.csv", "--out=out.csv"])).toEqual(expected);
  });

  it("reads export with --bom, --skip-invalid and --team; both flags default to off", () => {
    expect(parseCliArgs(["export", "in.csv", "-o", "out.csv"])).toEqual({
      ok: true,
      command: { kind: "export", file: "in.csv", out: "out.csv", bom: false, skipInvalid: false },
    });
    expect(parseCliArgs(["export", "in.csv", "-o", "out.csv", "--bom", "--skip-invalid", "--team", "t.json"])).toEqual({
      ok: true,
      command: { kind: "export", file: "in.csv", out: "out.csv", bom: true, skipInvalid: true, team: "t.json" },
    });
  });

  it("treats help, --help and -h as a request for help", () => {
    for (const argv of [["help"], ["--help"], ["-h"], ["check", "--help"]]) {
      expect(parseCliArgs(argv)).toEqual({ ok: true, command: { kind: "help" } });
    }
  });

  it("takes a file name that starts with a dash after --", () => {
    expect(parseCliArgs(["check", "--", "-list.csv"])).toEqual({ ok: true, command: { kind: "check", file: "-list.csv", json: false } });
  });
});

describe("usage mistakes: exit 2 with one line on stderr", () => {
  it.each([
    ["an unknown command", ["validate", "list.csv"], [/Unknown command "validate"/, /check, fix or export/]],
    ["check without a file", ["check"], [/check needs a CSV file/]],
    ["fix without -o", ["fix", "list.csv"], [/-o <out\.csv>/]],
    ["export without -o", ["export", "list.csv"], [/-o <out\.csv>/]],
    ["-o without its value", ["export", "list.csv", "-o"], [/--out/]],
    ["--team without its value", ["check", "list.csv", "--team"], [/--team/]],
    ["an unknown option", ["check", "list.csv", "--verbose"], [/--verbose/, /--help/]],
    ["--bom on check", ["check", "list.csv", "--bom"], [/--bom does not apply to check/]],
    ["--json on export", ["export", "list.csv", "-o", "out.csv", "--json"], [/--json does not apply to export/]],
    ["--skip-invalid on fix", ["fix", "list.csv", "-o", "out.csv", "--skip-invalid"], [/--skip-invalid does not apply to fix/]],
    ["-o on check", ["check", "list.csv", "-o", "out.csv"], [/--out does not apply to check/]],
    ["the same file given twice", ["check", "list.csv", "list.csv"], [/Unexpected argument "list\.csv"/, /one CSV file/]],
    ["two files", ["fix", "a.csv", "b.csv", "-o", "out.csv"], [/Unexpected argument "b\.csv"/]],
  ] as const)("%s", (_what, argv, mentions) => {
    expectOneLineFailure(runCli(argv), ...mentions);
  });
});

describe("help", () => {
  it("prints the usage of all three commands and their options on stdout, exit 0", () => {
    const out = runCli(["--help"]);
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("invite-sheet check  <file.csv> [--team team.json] [--json]");
    expect(out.stdout).toContain("invite-sheet fix    <file.csv> -o <out.csv> [--team team.json]");
    expect(out.stdout).toContain("invite-sheet export <file.csv> -o <out.csv> [--team team.json] [--bom] [--skip-invalid]");
    expect(out.stdout).toMatch(/0 no errors, 1 errors found, 2 bad usage or unreadable input/);
  });
});
