// Submit to Splashtop: connect, fill the team profile from the API, show what a submit will do,
// send, write each row's result into Status as its batch returns, cancel, retry failed. Loaded in
// its own chunk with the client (src/splashtop) the first time the pane's Submit section opens;
// the pane controller keeps the one instance for the pane's life, so the session (and the rate
// limiter inside it) lives as long as the pane. The token goes to `connect` and lives only inside
// the session's client, in memory: it is never put in state, the workbook, storage, logs or URLs.
import type { RowOutcome } from "../../csv";
import { formatRowStatus, type SubmitRecord } from "../../invites";
import {
  checkUserScope,
  connect,
  fillProfile,
  planSubmit,
  submitInvites,
  type ConnectOptions,
  type RowResult,
  type SplashtopSession,
  type SubmitPlan,
} from "../../splashtop";
import type { SheetSnapshot } from "../../workbook";
import { outsideReason } from "../outside-rows";
import { describeError, isAbort } from "../plain-errors";
import { failedRowsFile } from "./failed-rows-file";
import type { SubmitHost } from "./submit-host";
import {
  INITIAL_SUBMIT_STATE,
  type Region,
  type SubmitActions,
  type SubmitPreview,
  type SubmitProgress,
  type SubmitState,
  type SubmitStore,
  type UnplacedResult,
} from "./submit-model";

/** How often a sender refreshes its lease (it holds for a minute: results/lease.ts). */
const LEASE_REFRESH_MS = 20_000;
const PANE_LABEL = "an Invite Sheet pane";

type Lease = { release(): Promise<void> };

const newAttempt = (): string => crypto.randomUUID();

/** Same rows to send (by row and attempt) and the same rows skipped: nothing changed that matters. */
function samePlan(a: SubmitPlan, b: SubmitPlan): boolean {
  const key = (p: SubmitPlan) =>
    JSON.stringify([
      p.send.map((r) => [r.rowNumber, r.row, r.attempt]),
      p.skipped.map((r) => [r.rowNumber, r.reason]),
      p.leftOut.map((r) => r.rowNumber),
      p.alreadyInvited,
    ]);
  return key(a) === key(b);
}

export interface SubmitControllerOptions {
  /** Rows per invite call (the client's default when absent). */
  batchSize?: number;
  /** How long Connect waits for Splashtop before giving up (default CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
  /** The client's rate limit and retry policy (Splashtop's defaults when absent; tests and the bench set the sandbox's). */
  client?: Pick<ConnectOptions, "rateLimit" | "retry" | "requestTimeoutMs">;
}

/**
 * Connect gives up after this long: a person waits for a first answer, not for the client's
 * retries (an unreachable region kept "Connecting…" for 43 s, issue 15). Cancel stops it sooner.
 */
const CONNECT_TIMEOUT_MS = 15_000;

const REGION_WORDS: Record<Region, string> = { sandbox: "the sandbox", global: "Splashtop (Global)", eu: "Splashtop (EU)" };

function toPreview(plan: SubmitPlan, scope: "all" | "failed", scopeNote: string | null): SubmitPreview {
  return {
    scope,
    send: plan.send.length,
    byLicense: { access: plan.byLicense.access, support: plan.byLicense.support },
    skipped: plan.skipped.map((s) => ({ rowNumber: s.rowNumber, account: s.account, reason: s.reason })),
    leftOut: plan.leftOut.map((s) => ({ rowNumber: s.rowNumber, account: s.account, reason: s.reason })),
    alreadyInvited: plan.alreadyInvited,
    scopeNote,
  };
}

/**
 * Whether the token may invite users, asked before anything is shown or sent: null when it may
 * (or Splashtop did not say: then `note` says what to do if the invite call is refused).
 */
function scopeRefusal(session: SplashtopSession): { refusal: string | null; note: string | null } {
  const check = checkUserScope(session.info);
  if (check.verdict === "missing") return { refusal: check.message, note: null };
  return { refusal: null, note: check.verdict === "unknown" ? check.message : null };
}

export function createSubmitController(host: SubmitHost, options: SubmitControllerOptions = {}): SubmitStore {
  let state: SubmitState = INITIAL_SUBMIT_STATE;
  const listeners = new Set<() => void>();
  let session: SplashtopSession | null = null;
  let plan: SubmitPlan | null = null;
  let running: AbortController | null = null;
  let connecting: AbortController | null = null;
  /** Bumped on disconnect, so work started before it does not touch the state after. */
  let generation = 0;
  /** This pane, for the workbook's sending lease. */
  const paneId = newAttempt();

  const set = (patch: Partial<SubmitState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const fail = (error: unknown) => {
    console.error("Invite Sheet (Splashtop):", error);
    set({ error: describeError(error) });
  };

  const requireSession = (): SplashtopSession => {
    if (!session) throw new Error("Not connected to Splashtop: connect first.");
    return session;
  };

  /** Runs a step that is not the submit itself, with a label; errors land in `state.error`. */
  async function step(label: string, task: () => Promise<void>): Promise<void> {
    const mine = generation;
    set({ working: label, error: null });
    try {
      await task();
    } catch (error) {
      if (mine === generation) fail(error);
    } finally {
      if (mine === generation) set({ working: null });
    }
  }

  /** A fresh plan from what the sheet holds now (re-checked first: web dropdown picks raise no event), and the sheet it was made from. */
  async function makePlan(scope: "all" | "failed", attempt: string): Promise<{ plan: SubmitPlan; sheet: SheetSnapshot }> {
    const sheet = await host.snapshot();
    if (sheet.summary.outside) throw new Error(outsideReason(sheet.summary.outside.rowNumbers, "Submit"));
    const plan = planSubmit({
      rows: sheet.rows,
      records: sheet.records,
      profile: host.team(),
      firstRow: sheet.firstRow,
      attempt,
      ...(scope === "failed" ? { only: "failed" as const } : {}),
    });
    return { plan, sheet };
  }

  /** The workbook's one-sender lease, refreshed while sending. */
  async function takeLease(): Promise<Lease> {
    const owner = `${paneId}:${newAttempt()}`;
    const taken = await host.lease.acquire(owner, PANE_LABEL);
    if (!taken.ok) {
      const until = new Date(taken.heldBy.until).toLocaleTimeString();
      throw new Error(
        `Another Invite Sheet pane is sending invites from this workbook (${taken.heldBy.label}). Wait until it has finished; if that pane was closed, its lock runs out at ${until}.`,
      );
    }
    const timer = setInterval(() => {
      host.lease
        .renew(owner, PANE_LABEL)
        .catch((error: unknown) => console.warn("Invite Sheet: could not refresh the sending lock", error));
    }, LEASE_REFRESH_MS);
    return {
      release: async () => {
        clearInterval(timer);
        await host.lease.release(owner);
      },
    };
  }

  /**
   * Sends the plan; results are kept in the workbook by person, one write per batch, in order.
   * `sheet` is what the plan was made from: the rows Download failed rows saves.
   */
  async function send(
    connected: SplashtopSession,
    current: SubmitPlan,
    sheet: SheetSnapshot,
    controller: AbortController,
    mine: number,
  ): Promise<void> {
    let progress: SubmitProgress = {
      done: 0,
      total: current.send.length + current.skipped.length,
      invited: 0,
      failed: 0,
      skipped: 0,
      cancelling: false,
    };
    set({ working: null, preview: null, progress, result: null, unplaced: [], failedRows: null });
    const outcomes: RowOutcome[] = [];
    let pending: SubmitRecord[] = [];
    let writes: Promise<void> = Promise.resolve();
    let writeError: unknown = null;
    const unplaced: UnplacedResult[] = [];
    const flush = () => {
      const batch = pending;
      pending = [];
      if (batch.length === 0) return;
      writes = writes
        .then(async () => {
          const { notFound } = await host.recordResults(batch);
          for (const record of notFound) unplaced.push({ account: record.account, text: formatRowStatus(record.result) });
        })
        .catch((error: unknown) => {
          // A result that cannot be kept stops the submit (after the batch in flight): nobody more is
          // invited without a record of it. The error names the row and its result.
          writeError ??= error;
          controller.abort();
        });
    };
    const onRowResult = (result: RowResult) => {
      outcomes.push({ index: result.index, status: result.status });
      if (result.keep) {
        if (pending.length === 0) queueMicrotask(flush);
        pending.push({
          account: result.account,
          fingerprint: result.fingerprint,
          result: result.status,
          retry: result.retry,
          attempt: result.attempt,
          team: current.team,
          at: new Date().toISOString(),
        });
      }
      const kind = result.status.kind;
      progress = {
        ...progress,
        done: progress.done + 1,
        invited: progress.invited + (kind === "invited" ? 1 : 0),
        failed: progress.failed + (kind === "failed" ? 1 : 0),
        skipped: progress.skipped + (kind === "skipped" ? 1 : 0),
      };
      if (mine === generation) set({ progress });
    };
    try {
      const report = await submitInvites(connected, current, {
        onRowResult,
        signal: controller.signal,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      });
      flush();
      await writes;
      if (mine !== generation) return;
      if (writeError) throw writeError;
      set({
        progress: null,
        unplaced,
        failedRows: failedRowsFile(sheet, current, outcomes),
        result: {
          outcome: report.outcome,
          ...(report.stopReason ? { stopReason: report.stopReason } : {}),
          invited: report.invited,
          failed: report.failed,
          unconfirmed: report.unconfirmed,
          skipped: report.skipped,
          alreadyInvited: report.alreadyInvited,
          notSent: report.notSent,
        },
      });
    } catch (error) {
      flush();
      await writes;
      if (mine !== generation) return;
      set({ progress: null, unplaced, failedRows: failedRowsFile(sheet, current, outcomes) });
      if (!isAbort(error) || writeError) throw writeError ?? error;
    }
  }

  /** Fields the API gave replace the pane's; the rest stay as the user entered them. */
  const readTeam = async () => {
    const filled = await fillProfile(requireSession());
    await host.setTeam({ ...host.team(), ...filled.profile });
    set({ filled: { fromApi: filled.fromApi, notes: filled.notes } });
  };

  const actions: SubmitActions = {
    async connect(region: Region, token: string) {
      if (token.trim() === "") {
        set({ error: "Enter the API token first." });
        return;
      }
      const mine = ++generation;
      session = null;
      connecting?.abort();
      const controller = new AbortController();
      connecting = controller;
      const limit = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, limit);
      set({ ...INITIAL_SUBMIT_STATE, phase: "connecting" });
      // The request in flight is not cancellable (the client's fetch has its own timeout): the
      // pane stops waiting for it, and what it answers later is ignored (generation).
      const stopped = new Promise<never>((_resolve, reject) =>
        controller.signal.addEventListener("abort", () => reject(Object.assign(new Error("Cancelled."), { name: "AbortError" })), {
          once: true,
        }),
      );
      try {
        const connected = await Promise.race([
          connect({ serverOrigin: host.serverOrigin, region, token: token.trim(), signal: controller.signal, ...options.client }),
          stopped,
        ]);
        if (mine !== generation) return;
        session = connected;
        set({
          phase: "connected",
          connection: { region, email: connected.info.email, teamId: connected.teamId, role: connected.info.role ?? null },
        });
      } catch (error) {
        if (mine !== generation) return;
        set({ phase: "disconnected" });
        const seconds = Math.max(1, Math.round(limit / 1000));
        if (timedOut)
          fail(
            new Error(
              `No answer from ${REGION_WORDS[region]} in ${seconds} ${seconds === 1 ? "second" : "seconds"}. Check the region (your console at my.splashtop.com is Global, my.splashtop.eu is EU) and the network, then connect again.`,
            ),
          );
        else if (!isAbort(error)) fail(error);
        return;
      } finally {
        clearTimeout(timer);
        if (connecting === controller) connecting = null;
      }
      // Seats, groups and members come from Splashtop at once; the person can still edit them under Team profile.
      await step("Reading the team from Splashtop…", readTeam);
    },

    cancelConnect() {
      if (state.phase !== "connecting") return;
      generation++;
      connecting?.abort();
      connecting = null;
      set({ ...INITIAL_SUBMIT_STATE, error: null });
    },

    disconnect() {
      generation++;
      running?.abort();
      running = null;
      session = null;
      plan = null;
      set(INITIAL_SUBMIT_STATE);
    },

    fillProfile: () => step("Reading the team from Splashtop…", readTeam),

    preview: (scope) =>
      step("Checking the sheet…", async () => {
        const access = scopeRefusal(requireSession());
        if (access.refusal) {
          plan = null;
          set({ preview: null, notice: null });
          throw new Error(access.refusal);
        }
        const fresh = await makePlan(scope, newAttempt());
        plan = fresh.plan;
        set({ preview: toPreview(fresh.plan, scope, access.note), result: null, failedRows: null, notice: null });
      }),

    discardPreview() {
      plan = null;
      set({ preview: null, notice: null });
    },

    async confirm() {
      const previewed = plan;
      const connected = session;
      const scope = state.preview?.scope ?? "all";
      if (!previewed || !connected || running) return;
      const mine = generation;
      const controller = new AbortController();
      running = controller;
      set({ working: "Checking the sheet again…", error: null, notice: null });
      let lease: Lease | null = null;
      try {
        lease = await takeLease();
        // The sheet may have changed since the preview (an edit, a sort, another pane): plan again
        // from what it holds now, and send only what is still the same as what was shown.
        const { plan: current, sheet } = await makePlan(scope, previewed.attempt);
        if (mine !== generation) return;
        if (!samePlan(current, previewed)) {
          plan = current;
          set({
            working: null,
            preview: toPreview(current, scope, scopeRefusal(connected).note),
            notice: "The sheet changed since this preview: check the numbers below and confirm again.",
          });
          return;
        }
        plan = null;
        await send(connected, current, sheet, controller, mine);
      } catch (error) {
        if (mine === generation && !isAbort(error)) fail(error);
      } finally {
        if (lease)
          await lease
            .release()
            .catch((error: unknown) => console.warn("Invite Sheet: the sending lock could not be released; it runs out by itself", error));
        if (running === controller) running = null;
        if (mine === generation) set({ working: null });
      }
    },

    cancel() {
      if (!running || !state.progress) return;
      running.abort();
      set({ progress: { ...state.progress, cancelling: true } });
    },

    dismissError: () => set({ error: null }),
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
  };
}
