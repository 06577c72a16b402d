import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { InputError } from "./read-inputs";

/**
 * Writes via a temporary file and a rename, so a failed write never leaves half a file. `produce`
 * calls `write` with each piece in order (each of whole characters), and each goes to the file as
 * UTF-8 at once, so the whole text is never in memory at one time.
 */
export function writeOutputPieces(path: string, produce: (write: (piece: string) => void) => void): void {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd: number | null = null;
  try {
    fd = openSync(temporary, "w");
    const into = fd;
    produce((piece) => writeAll(into, Buffer.from(piece, "utf8")));
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // Only the file system's refusals are the user's to fix; anything else is a bug, reported as one.
    if (code === undefined) throw error;
    throw new InputError(`Could not write ${path} (${code}). Check the folder exists and is writable.`);
  }
}

/** writeSync may write less than it is given; the rest follows until none is left. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}
