import { parseArgs } from "node:util";
import { quote } from "../invites";

export type CliCommand =
  | { kind: "help" }
  | { kind: "check"; file: string; team?: string; json: boolean }
  | { kind: "fix"; file: string; out: string; team?: string }
  | { kind: "export"; file: string; out: string; team?: string; bom: boolean; skipInvalid: boolean };

/** A usage mistake: one line, or (no command at all) the whole usage, on stderr with exit 2. */
export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: string } | { ok: false; usage: true };

const OPTIONS = {
  team: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string", short: "o" },
  bom: { type: "boolean" },
  "skip-invalid": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  check: ["team", "json"],
  fix: ["team", "out"],
  export: ["team", "out", "bom", "skip-invalid"],
};

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: `${(error as Error).message.split("\n")[0]}. Run invite-sheet --help for usage.` };
  }
  const { values, positionals } = parsed;
  const [name, file, ...extra] = positionals;
  if (values.help || name === "help") return { ok: true, command: { kind: "help" } };
  // No command is a mistake, not a request for help: the usage goes to stderr, exit 2.
  if (name === undefined) return { ok: false, usage: true };
  const allowed = ALLOWED[name];
  if (!allowed) return { ok: false, error: `Unknown command ${quote(name)}: use check, fix or export (invite-sheet --help).` };
  // Only options the user gave appear in `values` (no defaults are declared).
  const misplaced = Object.keys(values).find((key) => key !== "help" && !allowed.includes(key));
  if (misplaced) return { ok: false, error: `--${misplaced} does not apply to ${name} (invite-sheet --help).` };
  if (!file)
    return { ok: false, error: `${name} needs a CSV file: invite-sheet ${name} <file.csv>${name === "check" ? "" : " -o <out.csv>"}.` };
  if (extra.length) return { ok: false, error: `Unexpected argument ${quote(extra[0] ?? "")}: give one CSV file at a time.` };
  const team = values.team;
  if (name === "check") return { ok: true, command: { kind: "check", file, json: values.json ?? false, ...(team ? { team } : {}) } };
  if (!values.out) return { ok: false, error: `${name} needs -o <out.csv>, the file to write.` };
  if (name === "fix") return { ok: true, command: { kind: "fix", file, out: values.out, ...(team ? { team } : {}) } };
  return {
    ok: true,
    command: {
      kind: "export",
      file,
      out: values.out,
      bom: values.bom ?? false,
      skipInvalid: values["skip-invalid"] ?? false,
      ...(team ? { team } : {}),
    },
  };
}
