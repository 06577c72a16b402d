// Forwards an allowed API request (see ../relay-target.ts) to its region's Splashtop host and sends
// the answer back. Only the headers the API needs go up (Authorization, Content-Type, Accept,
// Idempotency-Key) and only Retry-After comes back. The answer is always JSON: an upstream answer
// that is not (a proxy's HTML error page, an empty body) is replaced by an error envelope.
// Redirects are never followed. Bodies and time are capped; the upstream timeout is shorter than
// the client's (src/splashtop/timeouts.ts), and when the client goes away the upstream call is
// cancelled, so no call the relay made outlives the client's wait. The token passes through in
// memory: it is never logged or stored.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_HOSTS, RELAY_UPSTREAM_TIMEOUT_MS } from "../../splashtop";
import { BodyTooLarge, readBody, replyError } from "../http";

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

export const RELAY_DEFAULTS = {
  timeoutMs: RELAY_UPSTREAM_TIMEOUT_MS,
  maxRequestBytes: 1024 * 1024,
  maxResponseBytes: 8 * 1024 * 1024,
} as const;

const FORWARDED_HEADERS = ["authorization", "content-type", "accept", "idempotency-key"] as const;

/** The relay's own failures, in the Open API's envelope so the client reads them like any answer. */
function relayError(res: ServerResponse, status: number, message: string): void {
  replyError(res, status, status * 100, message);
}

export type Forwarder = (
  req: IncomingMessage,
  res: ServerResponse,
  target: { region: UpstreamRegion; path: string; query: string },
) => Promise<void>;

export function createForwarder(options: RelayOptions = {}): Forwarder {
  const upstreams = { ...API_HOSTS, ...options.upstreams };
  const timeoutMs = options.timeoutMs ?? RELAY_DEFAULTS.timeoutMs;
  const maxRequestBytes = options.maxRequestBytes ?? RELAY_DEFAULTS.maxRequestBytes;
  const maxResponseBytes = options.maxResponseBytes ?? RELAY_DEFAULTS.maxResponseBytes;
  const log = options.log ?? (() => undefined);

  return async (req, res, target) => {
    const started = Date.now();
    const done = (status: number | "client gone") =>
      log(`relay ${target.region} ${req.method} ${target.path} -> ${status} (${Date.now() - started} ms)`);
    // Aborted when the client closes its connection before its answer is sent.
    const clientGone = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) clientGone.abort();
    };
    res.once("close", onClose);
    let body: Buffer | undefined;
    try {
      body = req.method === "POST" ? await readBody(req, maxRequestBytes) : undefined;
    } catch (error) {
      if (clientGone.signal.aborted || req.destroyed) return done("client gone");
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

    const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), clientGone.signal]);
    let upstream: Response;
    let answer: Buffer;
    try {
      upstream = await fetch(url, {
        method: req.method,
        headers,
        ...(body ? { body: Uint8Array.from(body) } : {}),
        redirect: "manual",
        signal,
      });
      if (upstream.status >= 300 && upstream.status < 400) {
        await upstream.body?.cancel();
        relayError(res, 502, "Splashtop answered with a redirect, which the relay does not follow.");
        return done(502);
      }
      answer = await readCapped(upstream, maxResponseBytes);
    } catch (error) {
      if (clientGone.signal.aborted) return done("client gone"); // nobody to answer; the upstream call is cancelled
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      const status = timedOut ? 504 : 502;
      const message = timedOut
        ? "Splashtop did not answer in time."
        : error instanceof BodyTooLarge
          ? "Splashtop's answer was larger than the relay allows."
          : "Could not reach Splashtop, or its answer was cut off.";
      relayError(res, status, message);
      return done(status);
    } finally {
      res.off("close", onClose);
    }
    const retryAfter = upstream.headers.get("retry-after");
    if (retryAfter !== null) res.setHeader("Retry-After", retryAfter);
    if (!isJson(answer)) {
      // Never passed on as it came (it may be a page of HTML); the status still tells the client what kind of failure it was.
      const status = upstream.status >= 400 ? upstream.status : 502;
      const type = upstream.headers.get("content-type")?.split(";")[0]?.trim() || "no content type";
      relayError(
        res,
        status,
        `Splashtop answered HTTP ${upstream.status} with ${answer.length === 0 ? "an empty body" : `something that is not JSON (${type})`}.`,
      );
      return done(status);
    }
    res.statusCode = upstream.status;
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Length", answer.length);
    res.end(answer);
    done(upstream.status);
  };
}

/** Whether a body is one JSON value (what every Open API answer is). */
function isJson(body: Buffer): boolean {
  if (body.length === 0) return false;
  try {
    JSON.parse(body.toString("utf8"));
    return true;
  } catch {
    return false;
  }
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
