// Splashtop Open API result codes in plain words, in one place (codes from SPLASHTOP.md; the
// meaning of others is not public). Used for whole-request failures and per-row rejections.

export const SUCCESS = 20200;

const MESSAGES: Readonly<Record<number, string>> = {
  40100: "The API token is not valid. Create a new one in the web console (Management > Settings > API) and connect again.",
  40101: "The API token has expired. Create a new one in the web console (Management > Settings > API) and connect again.",
  40300: "The API token is not valid or has expired, or it lacks the users scope. Create a new one (Management > Settings > API) and connect again.",
  40403: "Splashtop does not allow this: only the Owner and Super Admins can do it, or the token lacks the needed scope.",
  40422: "A value is too long for Splashtop (a display or group name): shorten it.",
  42900: "Splashtop is receiving too many requests; try again in a minute.",
};

/** Codes that mean the token itself is unusable: the submit stops, nothing more can succeed. */
export const TOKEN_CODES: ReadonlySet<number> = new Set([40100, 40101, 40300]);

/** Plain words for a result code; the server's own message is added when it says more. */
export function describeResultCode(code: number, serverMessage?: string): string {
  const known = MESSAGES[code];
  const extra = serverMessage?.trim();
  if (known) return extra && !known.includes(extra) ? `${known} (Splashtop says: ${extra})` : known;
  return extra ? `${extra} (Splashtop code ${code})` : `Splashtop refused it (code ${code}).`;
}

/** Plain words for an HTTP status without a readable envelope. */
export function describeHttpStatus(status: number): string {
  if (status === 401) return MESSAGES[40100] as string;
  if (status === 403) return MESSAGES[40300] as string;
  if (status === 404) return "Splashtop does not know this address: the invite path may differ for your team (see docs/splashtop-api.md).";
  if (status === 413) return "The request is too large for the add-in's server: use a smaller batch size.";
  if (status === 429) return MESSAGES[42900] as string;
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
