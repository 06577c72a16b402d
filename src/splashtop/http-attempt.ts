// One HTTP request to the add-in's relay, classified: an answer (any status, body parsed as JSON
// when it is JSON) or no answer at all (network error, dropped connection, timeout). Whether the
// request was applied is unknown in the second case: callers must not assume either way.
// The session's token is taken out of every answer as it arrives (withoutSecret), so nothing the
// API echoes can carry it further.
import { upstreamText, withoutSecret } from "./upstream-text";

export type ApiRequest = {
  method: "GET" | "POST";
  /** Path under the API host, starting with /api/open/v1/. */
  path: string;
  query?: Readonly<Record<string, string>>;
  body?: unknown;
  idempotencyKey?: string;
};

export type Attempt = { kind: "answer"; status: number; body: unknown; retryAfter: string | null } | { kind: "no-answer"; reason: string };

export type AttemptTarget = {
  base: string;
  token: string;
  fetch: typeof fetch;
  timeoutMs: number;
};

function requestUrl(base: string, request: ApiRequest): string {
  const query = request.query ? new URLSearchParams(request.query).toString() : "";
  return `${base}${request.path}${query ? `?${query}` : ""}`;
}

export async function sendAttempt(target: AttemptTarget, request: ApiRequest): Promise<Attempt> {
  const headers: Record<string, string> = { Authorization: `Bearer ${target.token}`, Accept: "application/json" };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  if (request.idempotencyKey) headers["Idempotency-Key"] = request.idempotencyKey;
  let response: Response;
  let text: string;
  try {
    response = await target.fetch(requestUrl(target.base, request), {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      redirect: "manual",
      signal: AbortSignal.timeout(target.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    return { kind: "no-answer", reason: describeNetworkError(error) };
  }
  return {
    kind: "answer",
    status: response.status,
    body: withoutSecret(parseJson(text), target.token),
    retryAfter: response.headers.get("retry-after"),
  };
}

/** The JSON body, or undefined when the body is empty or not JSON (the envelope check says so). */
function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) return "no answer in time";
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `connection failed (${upstreamText(detail)})`;
}
