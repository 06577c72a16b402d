// Test helper: a stand-in for a Splashtop API host on 127.0.0.1 that records every request it
// receives, so tests can assert what was (and was never) forwarded.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type UpstreamRequest = {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Resolves when the caller closed the connection before this request was answered. */
  abandoned: Promise<void>;
};
export type UpstreamHandler = (req: UpstreamRequest, res: http.ServerResponse) => void;

export async function startFakeUpstream(
  handler: UpstreamHandler,
): Promise<{ origin: string; received: UpstreamRequest[]; close(): Promise<void> }> {
  const received: UpstreamRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    const abandoned = new Promise<void>((resolve) =>
      res.on("close", () => {
        if (!res.writableFinished) resolve();
      }),
    );
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        abandoned,
      };
      received.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
