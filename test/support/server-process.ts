// Test helper: the built server (`node dist/server.js`) as a child process on a fixed port with
// its own DATA_DIR and the sandbox's control API on (SANDBOX_CONTROL=1; off unless asked for), so
// a test can SIGKILL it mid-run and start it again on the same data.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export type ServerProcess = { child: ChildProcess; origin: string; output: string[] };

/** `root`: the repository (dist/server.js must be built); given by callers that are bundled elsewhere. */
export async function startServerProcess(port: number, dataDir: string, root = ROOT): Promise<ServerProcess> {
  const output: string[] = [];
  const child = spawn(process.execPath, [path.join(root, "dist", "server.js")], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, HTTPS: "0", PORT: String(port), HOST: "127.0.0.1", SANDBOX: "1", SANDBOX_CONTROL: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output.join("")}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { child, origin, output };
    } catch {
      // not listening yet
    }
    if (tries > 200) throw new Error(`server did not start: ${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** SIGKILL: no clean-up, no flush, as a crash or a power cut of the process would be. */
export async function killServerProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
  server.child.kill("SIGKILL");
  await exited;
}
