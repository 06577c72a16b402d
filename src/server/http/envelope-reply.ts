// Answers in the Open API's envelope: {result: 20200, data} on success, {result: <code>, message}
// otherwise. The sandbox answers in it, and so does the relay when it refuses or fails itself, so
// the client reads every answer under /relay/ the same way.
import type { ServerResponse } from "node:http";
import { sendJson } from "./respond";

export function replyOk(res: ServerResponse, data: unknown): void {
  sendJson(res, 200, { result: 20200, data });
}

export function replyError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { result: code, message });
}
