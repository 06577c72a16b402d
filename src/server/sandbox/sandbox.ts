// The sandbox service: a Splashtop-like team behind /relay/sandbox/api/open/v1/..., so the add-in
// works without an account. This module holds its live parts (state and its store, the rate
// window, the fault generator, counters); sandbox-api.ts and sandbox-control.ts answer requests.
import { createFaultInjector, type FaultInjector } from "./faults";
import { createRateWindow, type RateWindow } from "./rate-window";
import { initialState, type Faults, type SandboxState } from "./sandbox-state";
import type { Change } from "./state-change";
import { createStateStore, type StoreOptions } from "./state-store";

export type SandboxOptions = {
  /** Folder of the state files (DATA_DIR; default ./data). */
  dataDir: string;
  /** Monotonic milliseconds, for the rate window. */
  now?: () => number;
  /** Wall-clock milliseconds since the epoch, for dating stored answers (their expiry) and logs. */
  wallClock?: () => number;
  store?: StoreOptions;
};

export type SandboxCounters = {
  tooManyRequests: number;
  serverErrors: number;
  slow: number;
  dropped: number;
  lostAnswers: number;
  replays: number;
  /** Requests whose client went away while the sandbox was slow: never applied. */
  abandoned: number;
};

export type Sandbox = {
  readonly file: string;
  readonly journal: string;
  state: SandboxState;
  window: RateWindow;
  injector: FaultInjector;
  counters: SandboxCounters;
  now: () => number;
  wallClock: () => number;
  /** Applies a change and records it before the request is answered. */
  commit(change: Change): void;
  /** Replaces the state (control reset) and starts the counters afresh. */
  replace(state: SandboxState): void;
  /** New faults (and a generator from their seed); counters and the rate window carry on. */
  setFaults(faults: Faults): void;
  stats(): SandboxStats;
};

export type SandboxStats = SandboxCounters & {
  calls: number;
  refusedByRateLimit: number;
  maxObservedRate: number;
  rateLimit: SandboxState["rateLimit"];
  members: number;
  invites: number;
  /** Invite requests received, one per address (also refused, replayed and conflicting ones). */
  requests: number;
  storedAnswers: number;
};

function freshCounters(): SandboxCounters {
  return { tooManyRequests: 0, serverErrors: 0, slow: 0, dropped: 0, lostAnswers: 0, replays: 0, abandoned: 0 };
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const wallClock = options.wallClock ?? Date.now;
  const store = createStateStore(options.dataDir, options.store);
  const loaded = store.load(wallClock());
  const state = loaded ?? initialState();
  const sandbox: Sandbox = {
    file: store.file,
    journal: store.journal,
    state,
    window: createRateWindow(state.rateLimit),
    injector: createFaultInjector(state.faults),
    counters: freshCounters(),
    now: options.now ?? (() => performance.now()),
    wallClock,
    commit: (change) => store.commit(sandbox.state, change),
    replace(next) {
      sandbox.state = next;
      sandbox.window = createRateWindow(next.rateLimit);
      sandbox.injector = createFaultInjector(next.faults);
      sandbox.counters = freshCounters();
      store.snapshot(next);
    },
    setFaults(faults) {
      sandbox.commit({ kind: "faults", faults });
      sandbox.injector = createFaultInjector(faults);
    },
    stats: () => ({
      ...sandbox.counters,
      calls: sandbox.window.calls,
      refusedByRateLimit: sandbox.window.refused,
      maxObservedRate: sandbox.window.maxObserved,
      rateLimit: sandbox.state.rateLimit,
      members: sandbox.state.members.length,
      invites: sandbox.state.inviteLog.length + sandbox.state.inviteLogDropped,
      requests: sandbox.state.requestLog.length + sandbox.state.requestLogDropped,
      storedAnswers: Object.keys(sandbox.state.answers).length,
    }),
  };
  // A fresh start, or a long journal replayed: one snapshot now keeps the next load short.
  store.snapshot(sandbox.state);
  return sandbox;
}
