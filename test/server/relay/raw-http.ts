// Sends request bytes exactly as given on a socket (fetch would normalise the attacks away) and
// reads the whole answer.
import net from "node:net";

export type RawAnswer = { status: number; head: string; body: string };

/** `host`: the Host header sent (default localhost; null: none at all). */
export function rawRequest(port: number, requestHead: string, body = "", host: string | null = "localhost"): Promise<RawAnswer> {
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
    socket.write(`${requestHead}\r\n${host === null ? "" : `Host: ${host}\r\n`}Connection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, "latin1");
  });
}
