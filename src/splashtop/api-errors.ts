// Splashtop Open API result codes in plain words, in one place (codes seen in public client code:
// api-facts.ts "result-codes", docs/splashtop-facts.md; the meaning of others is not public). Used
// for whole-request failures and per-row rejections. Splashtop's own message goes through
// upstreamText before it is added: it ends up in the pane and in Status cells.
import { TOKEN_SCREENS } from "./api-facts";
import { upstreamText } from "./upstream-text";

export const SUCCESS = 20200;

const NEW_TOKEN = `Create a new one in the web console (${TOKEN_SCREENS.console}) and connect again.`;

const MESSAGES = {
  40100: `The API token is not valid. ${NEW_TOKEN}`,
  40101: `The API token has expired. ${NEW_TOKEN}`,
  40300: `The API token is not valid or has expired, or it lacks the users scope. ${NEW_TOKEN}`,
  40403: "Splashtop does not allow this: only the Owner and Super Admins can do it, or the token lacks the needed scope.",
  40404:
    "Splashtop says this is not available to the token's team: the token may belong to another team or region, or the team may not have the Open API (it is for Splashtop Enterprise). Check the region, or create the token on this team's console.",
  40422: "A value is too long for Splashtop (a display or group name): shorten it.",
  41406: `The API token is malformed: it was probably pasted with quotes or other characters around it. Copy it again from ${TOKEN_SCREENS.console} and paste only the token.`,
  42900: "Splashtop is receiving too many requests; try again in a minute.",
} as const;
const MESSAGE_OF: Readonly<Record<number, string>> = MESSAGES;

/** Codes that mean the token itself is unusable: the submit stops, nothing more can succeed. */
export const TOKEN_CODES: ReadonlySet<number> = new Set([40100, 40101, 40300, 41406]);

/** Plain words for a result code; the server's own message (made safe) is added when it says more. */
export function describeResultCode(code: number, serverMessage?: string): string {
  const known = MESSAGE_OF[code];
  const extra = upstreamText(serverMessage);
  if (known) return extra && !known.includes(extra) ? `${known} (Splashtop says: ${extra})` : known;
  return extra ? `${extra} (Splashtop code ${code})` : `Splashtop refused it (code ${code}).`;
}

/** Plain words for an HTTP status without a readable envelope. */
export function describeHttpStatus(status: number): string {
  if (status === 401) return MESSAGES[40100];
  if (status === 403) return MESSAGES[40300];
  if (status === 404)
    return "Splashtop does not know this address: the invite call may be at another path for your team. Whoever runs the add-in's server can set it (the invite adapter) from your team's Splashtop Open API document.";
  if (status === 413) return "The request is too large for the add-in's server: use a smaller batch size.";
  if (status === 429) return MESSAGES[42900];
  if (status >= 500) return `Splashtop (or the add-in's server) failed with HTTP ${status}; try again later.`;
  return `Splashtop answered HTTP ${status}.`;
}

/** A whole request failed for a reason the user can act on. */
export class SplashtopError extends Error {
  constructor(
    message: string,
    readonly detail: { status?: number; code?: number; tokenProblem?: boolean } = {},
  ) {
    super(message);
    this.name = "SplashtopError";
  }
}
