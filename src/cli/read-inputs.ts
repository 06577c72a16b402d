import { readFileSync } from "node:fs";
import { importCsvBytes, type ImportedCsv } from "../csv";
import { clip, describeProfileError, resolveTeam, TeamProfileSchema, type ResolvedTeam } from "../invites";

/** A failure the user can fix: printed as one line, exit code 2. */
export class InputError extends Error {}

function readBytes(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a folder, not a file"
          : code === "EACCES"
            ? "cannot be read (permission denied)"
            : `cannot be read (${code ?? "unknown error"})`;
    throw new InputError(`${what} ${path} ${reason}.`);
  }
}

export function readCsv(path: string): ImportedCsv {
  const result = importCsvBytes(readBytes(path, "The file"));
  if (!result.ok) throw new InputError(`${path}: ${result.error}`);
  return result.csv;
}

export function readTeam(path: string | undefined): ResolvedTeam {
  if (path === undefined) return resolveTeam();
  const text = new TextDecoder().decode(readBytes(path, "The team file"));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text near the mistake: kept to one short line.
    const reason = clip((error as Error).message.replace(/\s+/g, " ").trim(), 120);
    throw new InputError(`${path} is not valid JSON (${reason}). Fix it, or leave out --team.`);
  }
  const parsed = TeamProfileSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`${path} is not a valid team profile: ${describeProfileError(parsed.error)}.`);
  return resolveTeam(parsed.data);
}
