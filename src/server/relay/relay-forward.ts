// Forwards an allowed API request (see relay-target.ts) to its region's Splashtop host and sends
// the answer back. Only the headers the API needs go up (Authorization, Content-Type, Accept,
// Idempotency-Key) and only Content-Type and Retry-After come back. Redirects are never followed.
// Bodies and time are capped. The token passes through in memory: it is never logged or stored.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_HOSTS } from "../../splashtop/regions";
import { sendJson } from "../respond";
import { BodyTooLarge, readBody } from "./read-body";

export type UpstreamRegion = keyof typeof API_HOSTS;

export type RelayOptions = {
  /** Base URL per region; default the public hosts. Tests point "global" at a local fake. */
  upstreams?: Partial<Record<UpstreamRegion, string>>;
  timeoutMs?: number;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  /** One line per relayed request (region, method, path, status, time). Default: none. */
  log?: (line: string) => void;
};

export const RELAY_DEFAULTS = { timeoutMs: 30_000, maxRequestBytes: 1024 * 1024, maxResponseBytes: 8 * 1024 * 1024 } as const;

const FORWARDED_HEADERS = ["authorization", "content-type", "accept", "idempotency-key"] as const;

/** The relay's own failures, in the Open API's envelope so the client reads them like any answer. */
function relayError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { result: status * 100, message });
}

export type Forwarder = (req: IncomingMessage, res: ServerResponse, target: { region: UpstreamRegion; path: string; query: string }) => Promise<void>;

export function createForwarder(options: RelayOptions = {}): Forwarder {
  const upstreams = { ...API_HOSTS, ...options.upstreams };
  const timeoutMs = options.timeoutMs ?? RELAY_DEFAULTS.timeoutMs;
  const maxRequestBytes = options.maxRequestBytes ?? RELAY_DEFAULTS.maxRequestBytes;
  const maxResponseBytes = options.maxResponseBytes ?? RELAY_DEFAULTS.maxResponseBytes;
  const log = options.log ?? (() => undefined);

  return async (req, res, target) => {
    const started = Date.now();
    const done = (status: number) => log(`relay ${target.region} ${req.method} ${target.path} -> ${status} (${Date.now() - started} ms)`);
    let body: Buffer | undefined;
    try {
      body = req.method === "POST" ? await readBody(req, maxRequestBytes) : undefined;
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      relayError(res, 413, `The request is larger than the relay allows (${maxRequestBytes} bytes): send fewer rows per call.`);
      return done(413);
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    // Built from the allow-listed parts on a fixed origin: the request cannot pick the host.
    const url = new URL(upstreams[target.region]);
    url.pathname = `${url.pathname.replace(/\/+$/, "")}${target.path}`;
    url.search = target.query;

    let upstream: Response;
    try {
      upstream = await fetch(url, {
        method: req.method,
        headers,
        ...(body ? { body: Uint8Array.from(body) } : {}),
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      relayError(res, timedOut ? 504 : 502, timedOut ? "Splashtop did not answer in time." : "Could not reach Splashtop.");
      return done(timedOut ? 504 : 502);
    }
    if (upstream.status >= 300 && upstream.status < 400) {
      await upstream.body?.cancel();
      relayError(res, 502, "Splashtop answered with a redirect, which the relay does not follow.");
      return done(502);
    }
    let answer: Buffer;
    try {
      answer = await readCapped(upstream, maxResponseBytes);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      relayError(res, timedOut ? 504 : 502, tooLarge ? "Splashtop's answer was larger than the relay allows." : "Splashtop's answer was cut off.");
      return done(timedOut ? 504 : 502);
    }
    res.statusCode = upstream.status;
    res.setHeader("Content-Type", upstream.headers.get("content-type") ?? "application/octet-stream");
    const retryAfter = upstream.headers.get("retry-after");
    if (retryAfter !== null) res.setHeader("Retry-After", retryAfter);
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Length", answer.length);
    res.end(answer);
    done(upstream.status);
  };
}

async function readCapped(response: Response, limit: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge(limit);
    }
    chunks.push(Buffer.from(value));
  }
}
