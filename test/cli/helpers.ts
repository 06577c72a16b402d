// Shared by the CLI tests: temp folders with real files, and the shape every failure must have.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Output } from "../../src/cli/commands";

export const ROOT = path.join(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures", "csv");

/** The article's five field names, in its order (SPLASHTOP.md; seed article). */
export const HEADER = "Splashtop account,Group,Display name,License type,Role";

const made: string[] = [];

/** A fresh folder under the OS temp folder, removed after the test file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "invite-sheet-cli-"));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `content` (text is written as UTF-8 bytes) and returns the file's path. */
export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Lines joined with CRLF and a final CRLF, as Excel writes them. */
export function crlf(...lines: string[]): string {
  return lines.map((l) => `${l}\r\n`).join("");
}

/** Exit 2, nothing on stdout, exactly one line on stderr, no stack trace; mentions what is given. */
export function expectOneLineFailure(out: Output, ...mentions: (string | RegExp)[]): void {
  expect(out.stdout).toBe("");
  expect(out.stderr).toMatch(/^invite-sheet: [^\r\n]+\n$/);
  expect(out.stderr).not.toMatch(/\n\s+at /);
  for (const m of mentions) {
    if (typeof m === "string") expect(out.stderr).toContain(m);
    else expect(out.stderr).toMatch(m);
  }
  expect(out.exitCode).toBe(2);
}

/** Files left in a folder (to prove nothing, not even a temporary file, was written). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}
