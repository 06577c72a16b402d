// The sandbox's state on disk: a snapshot (sandbox-team.json) and a journal of the changes since
// (sandbox-journal.jsonl, one change per line). An invite call appends one line before it is
// answered, instead of rewriting every member and stored answer; the snapshot is rewritten only
// when the journal has grown long, or on a reset. The snapshot is replaced atomically (written to
// a temporary file, then renamed over the old one), so a process killed mid-write leaves the old
// snapshot or the new one, never half of either. A line cut short by a kill mid-append is the
// journal's last and is ignored on load: its request was never answered. Each line carries a
// sequence number and the snapshot the last one it includes, so a kill between writing a new
// snapshot and emptying the journal applies nothing twice. No fsync: this survives a killed
// process, not a power cut (enough for a sandbox).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { describeShapeError } from "../../splashtop";
import { applyChange, ChangeSchema, type Change } from "./state-change";
import { SandboxStateSchema, type SandboxState } from "./sandbox-state";

export const STATE_FILE_NAME = "sandbox-team.json";
export const JOURNAL_FILE_NAME = "sandbox-journal.jsonl";

export type StoreOptions = {
  /** The snapshot is rewritten once the journal holds this many bytes (default 4 MB)... */
  maxJournalBytes?: number;
  /** ...or this many changes (default 2000). */
  maxJournalEntries?: number;
};

export type StateStore = {
  readonly file: string;
  readonly journal: string;
  /** The saved state with the journal applied, or null when there is none yet. */
  load(nowMs: number): SandboxState | null;
  /** Applies `change` to `state` and records it. */
  commit(state: SandboxState, change: Change): void;
  /** Writes the whole state and empties the journal (start, reset). */
  snapshot(state: SandboxState): void;
};

export function createStateStore(dataDir: string, options: StoreOptions = {}): StateStore {
  const file = path.join(dataDir, STATE_FILE_NAME);
  const journal = path.join(dataDir, JOURNAL_FILE_NAME);
  const maxBytes = options.maxJournalBytes ?? 4 * 1024 * 1024;
  const maxEntries = options.maxJournalEntries ?? 2000;
  let journalBytes = 0;
  let journalEntries = 0;

  const store: StateStore = {
    file,
    journal,
    load(nowMs) {
      const state = readSnapshot(file);
      if (!state) return null;
      // Answers stored by a version 1 sandbox have no date: they count as stored now.
      for (const stored of Object.values(state.answers)) stored.at ??= nowMs;
      const lines = readJournal(journal);
      for (const [index, line] of lines.entries()) {
        const entry = parseLine(line);
        if (!entry) {
          if (index === lines.length - 1) break; // cut short by a kill mid-append: never answered
          throw new Error(`${journal} line ${index + 1} is not a sandbox change; delete ${journal} and ${file} to start afresh.`);
        }
        if (entry.seq <= state.journalSeq) continue; // already in the snapshot
        applyChange(state, entry.change);
        state.journalSeq = entry.seq;
      }
      journalBytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
      journalEntries = lines.length;
      return state;
    },
    commit(state, change) {
      applyChange(state, change);
      state.journalSeq++;
      const line = `${JSON.stringify({ seq: state.journalSeq, change })}\n`;
      fs.appendFileSync(journal, line);
      journalBytes += Buffer.byteLength(line);
      journalEntries++;
      if (journalBytes > maxBytes || journalEntries > maxEntries) store.snapshot(state);
    },
    snapshot(state) {
      writeAtomically(file, JSON.stringify(state));
      // Emptied after the snapshot is in place: lines it already holds are skipped on load.
      fs.writeFileSync(journal, "");
      journalBytes = 0;
      journalEntries = 0;
    },
  };
  fs.mkdirSync(dataDir, { recursive: true });
  removeStaleTemporaries(dataDir);
  return store;
}

const LineSchema = z.object({ seq: z.number().int().positive(), change: ChangeSchema });

/** A journal line, or null when it is not one (e.g. cut short). */
function parseLine(line: string): { seq: number; change: Change } | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = LineSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function readIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The snapshot, or null when there is none. A file that does not parse is an error saying what to do. */
function readSnapshot(file: string): SandboxState | null {
  const text = readIfPresent(file);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message}); delete it to start the sandbox afresh.`);
  }
  const parsed = SandboxStateSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`${file} is not a sandbox state (${describeShapeError(parsed.error, "state")}); delete it to start afresh.`);
  return parsed.data;
}

/** The journal's lines (without the empty one after the final newline). */
function readJournal(journal: string): string[] {
  const text = readIfPresent(journal);
  if (!text) return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

let sequence = 0;
const TEMPORARY = /\.\d+\.\d+\.tmp$/;

function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.${++sequence}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

/** A temporary snapshot left by a process killed before its rename is never read: it goes. */
function removeStaleTemporaries(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(STATE_FILE_NAME) && TEMPORARY.test(name)) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}
