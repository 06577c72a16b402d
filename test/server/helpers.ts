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

/** Sends `GET <target> HTTP/1.1` exactly as given and reads the whole answer. */
export function rawGet(port: number, target: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const split = text.indexOf("\r\n\r\n");
      const head = split === -1 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? "NaN");
      resolve({ status, head, body: split === -1 ? "" : text.slice(split + 4) });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, "latin1");
  });
}
