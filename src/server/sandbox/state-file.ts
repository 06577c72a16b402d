// The sandbox's state on disk: one JSON file in the data folder, replaced atomically (written to a
// temporary file, then renamed over the old one), so a server killed mid-write leaves the old
// state or the new one, never half of either.
import fs from "node:fs";
import path from "node:path";
import { describeShapeError } from "../../splashtop/envelope";
import { SandboxStateSchema, type SandboxState } from "./sandbox-state";

export const STATE_FILE_NAME = "sandbox-team.json";

export function stateFilePath(dataDir: string): string {
  return path.join(dataDir, STATE_FILE_NAME);
}

/** The saved state, or null when there is none yet. A file that does not parse is an error. */
export function loadState(file: string): SandboxState | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message}); delete it to start the sandbox afresh.`);
  }
  const parsed = SandboxStateSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a sandbox state (${describeShapeError(parsed.error, "state")}); delete it to start afresh.`);
  return parsed.data;
}

let sequence = 0;

export function saveState(file: string, state: SandboxState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${++sequence}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}
