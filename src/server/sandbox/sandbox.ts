// The sandbox service: a Splashtop-like team behind /relay/sandbox/api/open/v1/..., so the add-in
// works without an account. This module holds its live parts (state and its file, the rate
// window, the fault generator, counters); sandbox-api.ts and sandbox-control.ts answer requests.
import { initialState, type Faults, type SandboxState } from "./sandbox-state";
import { createFaultInjector, type FaultInjector } from "./faults";
import { createRateWindow, type RateWindow } from "./rate-window";
import { loadState, saveState, stateFilePath } from "./state-file";

export type SandboxOptions = {
  /** Folder of the state file (DATA_DIR; default ./data). */
  dataDir: string;
  /** Monotonic milliseconds, for the rate window. */
  now?: () => number;
};

export type SandboxCounters = {
  tooManyRequests: number;
  serverErrors: number;
  slow: number;
  dropped: number;
  replays: number;
};

export type Sandbox = {
  readonly file: string;
  state: SandboxState;
  window: RateWindow;
  injector: FaultInjector;
  counters: SandboxCounters;
  now: () => number;
  /** Writes the state file (after every change). */
  save(): void;
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
};

function freshCounters(): SandboxCounters {
  return { tooManyRequests: 0, serverErrors: 0, slow: 0, dropped: 0, replays: 0 };
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const file = stateFilePath(options.dataDir);
  const loaded = loadState(file);
  const state = loaded ?? initialState();
  const sandbox: Sandbox = {
    file,
    state,
    window: createRateWindow(state.rateLimit),
    injector: createFaultInjector(state.faults),
    counters: freshCounters(),
    now: options.now ?? (() => performance.now()),
    save: () => saveState(file, sandbox.state),
    replace(next) {
      sandbox.state = next;
      sandbox.window = createRateWindow(next.rateLimit);
      sandbox.injector = createFaultInjector(next.faults);
      sandbox.counters = freshCounters();
      sandbox.save();
    },
    setFaults(faults) {
      sandbox.state.faults = faults;
      sandbox.injector = createFaultInjector(faults);
      sandbox.save();
    },
    stats: () => ({
      ...sandbox.counters,
      calls: sandbox.window.calls,
      refusedByRateLimit: sandbox.window.refused,
      maxObservedRate: sandbox.window.maxObserved,
      rateLimit: sandbox.state.rateLimit,
      members: sandbox.state.members.length,
      invites: sandbox.state.inviteLog.length,
    }),
  };
  if (!loaded) sandbox.save();
  return sandbox;
}
