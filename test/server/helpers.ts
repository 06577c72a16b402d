// Helpers for the server tests: the fixture paths and a raw HTTP client. fetch() normalises
// "..", "%2e%2e" and friends before sending, so traversal attempts need bytes on a socket.
import net from "node:net";
import path from "node:path";

export const FIXTURES = path.join(__dirname, "fixtures");
export const SITE = path.join(FIXTURES, "site");
export const OUTSIDE_SECRET = "TOP-SECRET-OUTSIDE-ROOT";

export interface RawResponse {
  readonly status: number;
  readonly head: string;
  readonly body: string;
}

/**
 * Sends a request's bytes exactly as given (`requestHead`: the request line and any headers) and
 * reads the whole answer. `host`: the Host header sent (default localhost; null: none at all).
 */
export function rawRequest(port: number, requestHead: string, body = "", host: string | null = "localhost"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const split = text.indexOf("\r\n\r\n");
      const head = split === -1 ? text : text.slice(0, split);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? "NaN"), head, body: split === -1 ? "" : text.slice(split + 4) });
    });
    // write, not end: a client that half-closes at once may see the server close before an asynchronous answer (Connection: close ends it).
    socket.write(
      `${requestHead}\r\n${host === null ? "" : `Host: ${host}\r\n`}Connection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      "latin1",
    );
  });
}

/** Sends `GET <target> HTTP/1.1` exactly as given and reads the whole answer. */
export function rawGet(port: number, target: string): Promise<RawResponse> {
  return rawRequest(port, `GET ${target} HTTP/1.1`);
}
