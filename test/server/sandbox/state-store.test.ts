// The sandbox's state on disk (real files in a temporary folder): a call appends to the journal
// instead of rewriting the snapshot; a process killed at any moment (mid-append, before a
// snapshot's rename, between the rename and emptying the journal) leaves a state that loads to
// exactly what had been committed, never garbage and never a change applied twice.
import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { initialState, type SandboxState } from "../../../src/server/sandbox/sandbox-state";
import type { Change } from "../../../src/server/sandbox/state-change";
import { createStateStore, JOURNAL_FILE_NAME, STATE_FILE_NAME } from "../../../src/server/sandbox/state-store";
import { SANDBOX_DEMO_TOKEN } from "../../../src/server/sandbox/sandbox-state";
import { ROOMY_TEAM, startSandboxServer } from "./sandbox-server";

const folders: string[] = [];
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-store-"));
  folders.push(dir);
  return dir;
}
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const clone = (state: SandboxState): SandboxState => JSON.parse(JSON.stringify(state)) as SandboxState;

const email = fc.constantFrom("ann", "bo", "chen", "dana", "eve").map((n) => `${n}@example.com`);
const at = "2026-01-01T00:00:00.000Z";
const change: fc.Arbitrary<Change> = fc.oneof(
  fc
    .record({
      emails: fc.array(email, { maxLength: 3 }),
      key: fc.option(fc.constantFrom("k1", "k2", "k3"), { nil: undefined }),
      t: fc.integer({ min: 0, max: 10_000 }),
    })
    .map(({ emails, key, t }): Change => ({
      kind: "invite",
      members: emails.map((e) => ({ email: e, display_name: e, group: "", license_type: "access", role: "member" })),
      groups: emails.length ? [`G-${emails[0]}`] : [],
      invites: emails.map((e) => ({ email: e, at, idempotencyKey: key ?? null })),
      requests: emails.map((e) => ({ email: e, at, idempotencyKey: key ?? null, outcome: "applied", result: 20200 })),
      ...(key ? { answer: { key, stored: { bodyHash: `h-${emails.join()}`, status: 200, body: { result: 20200 }, at: t } } } : {}),
    })),
  fc.array(email, { minLength: 1, maxLength: 2 }).map((emails): Change => ({
    kind: "requests",
    requests: emails.map((e) => ({ email: e, at, idempotencyKey: null, outcome: "refused", result: 40000 })),
  })),
  fc.integer({ min: 0, max: 100 }).map((n): Change => ({ kind: "faults", faults: { ...initialState().faults, serverError: n / 100 } })),
);

/** Commits `changes` in a fresh folder (no compaction) and returns the state after each, and the files. */
function commitAll(changes: readonly Change[]) {
  const dir = folder();
  const store = createStateStore(dir, { maxJournalEntries: 1e9, maxJournalBytes: 1e12 });
  const state = initialState({ limits: { maxAnswers: 2, answerTtlMs: 5_000, maxMembers: 1e6, maxLogEntries: 6 } });
  store.snapshot(state);
  const after = [clone(state)];
  for (const c of changes) {
    store.commit(state, c);
    after.push(clone(state));
  }
  return {
    dir,
    after,
    snapshot: fs.readFileSync(path.join(dir, STATE_FILE_NAME)),
    journal: fs.readFileSync(path.join(dir, JOURNAL_FILE_NAME)),
  };
}

test("killed at any byte of an append, the state loads to exactly the changes whose lines were written whole", () => {
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (changes, where) => {
      const { after, snapshot, journal } = commitAll(changes);
      const cut = Math.floor(where * journal.length);
      const dir = folder();
      fs.writeFileSync(path.join(dir, STATE_FILE_NAME), snapshot);
      fs.writeFileSync(path.join(dir, JOURNAL_FILE_NAME), journal.subarray(0, cut));
      // A line counts once all its text is on disk, its newline or not.
      let end = 0;
      const complete = journal
        .toString("utf8")
        .split("\n")
        .slice(0, -1)
        .filter((line) => (end += Buffer.byteLength(line) + 1) - 1 <= cut).length;
      expect(createStateStore(dir).load(0)).toEqual(after[complete]);
      fs.rmSync(dir, { recursive: true, force: true });
    }),
    { numRuns: 60 },
  );
});

test("killed between writing a new snapshot and emptying the journal, nothing is applied twice", () => {
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
      const { dir, after, journal } = commitAll(changes);
      const last = after[after.length - 1] as SandboxState;
      createStateStore(dir).snapshot(clone(last));
      fs.writeFileSync(path.join(dir, JOURNAL_FILE_NAME), journal); // the emptying never happened
      expect(createStateStore(dir).load(0)).toEqual(last);
    }),
    { numRuns: 30 },
  );
});

test("a temporary snapshot left by a kill before its rename is ignored and removed; the old snapshot is read", () => {
  const { dir, after } = commitAll([
    { kind: "requests", requests: [{ email: "a@example.com", at, idempotencyKey: null, outcome: "refused", result: 40000 }] },
  ]);
  const temp = path.join(dir, `${STATE_FILE_NAME}.4242.7.tmp`);
  fs.writeFileSync(temp, '{"version": 2, "team": {"id": "half-writ');
  expect(createStateStore(dir).load(0)).toEqual(after[1]);
  expect(fs.existsSync(temp)).toBe(false);
});

test("a journal damaged before its last line is refused, saying which line and what to do", () => {
  const { dir } = commitAll([
    { kind: "requests", requests: [] },
    { kind: "requests", requests: [] },
  ]);
  const file = path.join(dir, JOURNAL_FILE_NAME);
  const lines = fs.readFileSync(file, "utf8").split("\n");
  fs.writeFileSync(file, ["{oops", ...lines.slice(1)].join("\n"));
  expect(() => createStateStore(dir).load(0)).toThrow(/sandbox-journal\.jsonl line 1 is not a sandbox change; delete .* to start afresh/);
});

test("compaction: past the journal's limit the snapshot is rewritten and the journal emptied; the state reloads the same", () => {
  const dir = folder();
  const store = createStateStore(dir, { maxJournalEntries: 3 });
  const state = initialState();
  store.snapshot(state);
  const before = fs.readFileSync(path.join(dir, STATE_FILE_NAME), "utf8");
  for (let i = 0; i < 3; i++)
    store.commit(state, {
      kind: "requests",
      requests: [{ email: `u${i}@example.com`, at, idempotencyKey: null, outcome: "refused", result: 40000 }],
    });
  expect(fs.readFileSync(path.join(dir, STATE_FILE_NAME), "utf8")).toBe(before);
  store.commit(state, { kind: "requests", requests: [] });
  expect(fs.readFileSync(path.join(dir, JOURNAL_FILE_NAME), "utf8")).toBe("");
  expect(createStateStore(dir).load(0)).toEqual(state);
});

test("through the server: invite calls append a line each and never rewrite the snapshot", async () => {
  const sb = await startSandboxServer();
  try {
    await sb.control.reset({ team: ROOMY_TEAM });
    const snapshot = fs.readFileSync(path.join(sb.dataDir, STATE_FILE_NAME));
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${sb.origin}/relay/sandbox/api/open/v1/teams/4242/users/invite`, {
        method: "POST",
        headers: { Authorization: `Bearer ${SANDBOX_DEMO_TOKEN}`, "Content-Type": "application/json", "Idempotency-Key": `k-${i}` },
        body: JSON.stringify({ users: [{ email: `u${i}@example.com` }] }),
      });
      expect(res.status).toBe(200);
    }
    expect(fs.readFileSync(path.join(sb.dataDir, STATE_FILE_NAME)).equals(snapshot)).toBe(true);
    expect(fs.readFileSync(path.join(sb.dataDir, JOURNAL_FILE_NAME), "utf8").trimEnd().split("\n")).toHaveLength(3);
  } finally {
    await sb.close();
  }
});

test("a state file from before the request log and limits loads, with them at their defaults", () => {
  const dir = folder();
  const v1 = { ...initialState(), version: 1, answers: { old: { bodyHash: "h", status: 200, body: {} } } } as Record<string, unknown>;
  for (const key of ["requestLog", "requestLogDropped", "inviteLogDropped", "limits", "journalSeq"]) delete v1[key];
  delete (v1.faults as Record<string, unknown>).loseAnswer;
  delete (v1.faults as Record<string, unknown>).ignoreIdempotencyKeys;
  fs.writeFileSync(path.join(dir, STATE_FILE_NAME), JSON.stringify(v1));
  const loaded = createStateStore(dir).load(123);
  expect(loaded).toMatchObject({
    version: 2,
    requestLog: [],
    journalSeq: 0,
    faults: { loseAnswer: 0, ignoreIdempotencyKeys: false },
    answers: { old: { at: 123 } },
  });
});
