import { renameSync, rmSync, writeFileSync } from "node:fs";
import { InputError } from "./read-inputs";

/** Writes via a temporary file and a rename, so a failed write never leaves half a file. */
export function writeOutput(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, "utf8");
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`Could not write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the folder exists and is writable.`);
  }
}
