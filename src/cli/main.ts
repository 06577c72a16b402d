import { parseCliArgs } from "./args";
import { runCheck, runExport, runFix, type Output } from "./commands";
import { InputError } from "./read-inputs";
import { USAGE } from "./usage";

export function runCli(argv: readonly string[]): Output {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return { stdout: "", stderr: "usage" in parsed ? USAGE : `invite-sheet: ${parsed.error}\n`, exitCode: 2 };
  const c = parsed.command;
  try {
    switch (c.kind) {
      case "help":
        return { stdout: USAGE, stderr: "", exitCode: 0 };
      case "check":
        return runCheck(c.file, c.team, c.json);
      case "fix":
        return runFix(c.file, c.out, c.team);
      case "export":
        return runExport(c.file, c.out, c.team, c.bom, c.skipInvalid);
    }
  } catch (error) {
    if (error instanceof InputError) return { stdout: "", stderr: `invite-sheet: ${error.message}\n`, exitCode: 2 };
    // A bug, not bad input: still one line, and a way to report it.
    return {
      stdout: "",
      stderr: `invite-sheet: internal error: ${(error as Error).message}. Please report this with the command you ran.\n`,
      exitCode: 2,
    };
  }
}

/** The process entry: bin/invite-sheet.js calls this. */
export function main(): void {
  const { stdout, stderr, exitCode } = runCli(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = exitCode;
}

if (require.main === module) main();
