// Test helper: the real add-in server (real sockets) with the relay and an embedded sandbox in a
// temporary data folder, its control API switched on (it is off unless asked for), plus a small
// client for that control API.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAppServer, type AppServer } from "../../../src/server/create-server";
import { relayRoutes } from "../../../src/server/relay-routes";
import type { RelayOptions } from "../../../src/server/relay/relay-forward";
import { createSandbox, type Sandbox, type SandboxOptions, type SandboxStats } from "../../../src/server/sandbox/sandbox";
import type { RequestLogReport, ResetRequest } from "../../../src/server/sandbox/sandbox-control";
import type { Faults, Member, SandboxTeam } from "../../../src/server/sandbox/sandbox-state";
import { SITE } from "../helpers";

export type SandboxControl = {
  reset(body?: ResetRequest): Promise<SandboxStats>;
  faults(faults: Partial<Faults>): Promise<SandboxStats>;
  stats(): Promise<SandboxStats>;
  state(): Promise<{ team: SandboxTeam; members: Member[]; inviteLog: { email: string; at: string; idempotencyKey: string | null }[] }>;
  /** Every invite request the sandbox received, per address. */
  requests(): Promise<RequestLogReport>;
};

export function controlClient(origin: string): SandboxControl {
  const call = async <T>(action: string, body?: unknown): Promise<T> => {
    const res = await fetch(
      `${origin}/relay/sandbox/_control/${action}`,
      body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) },
    );
    const json = (await res.json()) as { result: number; data: T; message?: string };
    if (json.result !== 20200) throw new Error(`control ${action} failed: ${res.status} ${json.message}`);
    return json.data;
  };
  return {
    reset: (body = {}) => call("reset", body),
    faults: (faults) => call("faults", faults),
    stats: () => call("stats"),
    state: () => call("state"),
    requests: () => call("requests"),
  };
}

export type SandboxServer = {
  server: AppServer;
  sandbox: Sandbox;
  origin: string;
  dataDir: string;
  control: SandboxControl;
  close(): Promise<void>;
};

export async function startSandboxServer(
  options: { dataDir?: string; relay?: RelayOptions; sandbox?: Omit<SandboxOptions, "dataDir"> } = {},
): Promise<SandboxServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-sandbox-"));
  const sandbox = createSandbox({ ...options.sandbox, dataDir });
  const server = await createAppServer({
    staticRoot: SITE,
    host: "127.0.0.1",
    routes: relayRoutes({ ...options.relay, sandbox, sandboxControl: true }),
  });
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    server,
    sandbox,
    origin,
    dataDir,
    control: controlClient(origin),
    close: async () => {
      await server.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A team with room for everyone, for tests that are not about seats. */
export const ROOMY_TEAM = { seats: { access: 100_000, support: 100_000 } } as const;
