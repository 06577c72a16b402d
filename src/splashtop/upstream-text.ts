// Text that came from Splashtop (an error message, a per-row message, a role name) is shown in
// the pane and written into Status cells, so it passes through `upstreamText` first: anything
// token-like is hidden, control and invisible characters go, and the length is capped. If
// Splashtop ever echoed a token, it must not land in the workbook. `withoutSecret` removes the
// session's own token from a whole answer as it arrives, whatever its shape.

/** Longest piece of upstream text shown or written (characters, "…" included). */
export const UPSTREAM_TEXT_MAX = 200;

export const HIDDEN = "[hidden]";

// Control characters, zero-width and bidirectional controls, BOM: never shown.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// "Bearer abc", "Basic abc": an Authorization value, whatever follows.
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[^\s"',;]+/gi;
// "token=...", "api_key: ...", '"secret": "..."' with a value long enough to be one.
const KEY_VALUE =
  /\b((?:access[_-]?|refresh[_-]?|api[_-]?)?(?:token|secret|password|passwd|api[_-]?key|credential)s?)("?\s*[:=]\s*["']?)([A-Za-z0-9_\-+/=~.]{12,})/gi;
// A JSON Web Token: three base64url parts, the first starting with '{"' encoded.
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)?/g;
// A long run of the characters tokens are made of.
const RUN = /[A-Za-z0-9_\-+/=~]{20,}/g;

/** A run of token characters is hidden when it is long, or mixes letters and digits as random strings do. */
function tokenLike(run: string): boolean {
  return run.length >= 32 || (/[0-9]/.test(run) && /[A-Za-z]/.test(run));
}

function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * Upstream text made safe to show or write to a cell: token-like parts replaced by "[hidden]",
 * invisible characters removed, whitespace collapsed to single spaces, at most `max` characters.
 * Anything that is not a string gives "".
 */
export function upstreamText(raw: unknown, max: number = UPSTREAM_TEXT_MAX): string {
  if (typeof raw !== "string") return "";
  // Only the start can be shown; looking at a little more than that keeps a huge message cheap.
  const head = raw.length > max * 4 ? raw.slice(0, max * 4) : raw;
  const masked = head
    .replace(INVISIBLE, " ")
    .replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme} ${HIDDEN}`)
    .replace(KEY_VALUE, (_m, key: string, sep: string) => `${key}${sep}${HIDDEN}`)
    .replace(JWT, HIDDEN)
    .replace(RUN, (run) => (tokenLike(run) ? HIDDEN : run));
  return cap(masked.replace(/\s+/g, " ").trim(), max);
}

/**
 * `value` (a parsed JSON answer) with every occurrence of `secret` in its strings, keys included,
 * replaced by "[hidden]". A secret shorter than 8 characters is not looked for (it would match
 * ordinary words); tokens are far longer.
 */
export function withoutSecret(value: unknown, secret: string): unknown {
  if (secret.length < 8) return value;
  const scrub = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return v.includes(secret) ? v.split(secret).join(HIDDEN) : v;
    if (v === null || typeof v !== "object") return v;
    // No Splashtop answer nests this deep; what is there is not looked at, so it is not passed on.
    if (depth > 64) return HIDDEN;
    if (Array.isArray(v)) return v.map((item) => scrub(item, depth + 1));
    // fromEntries defines properties (a "__proto__" key stays a plain key, as JSON.parse made it).
    return Object.fromEntries(Object.entries(v).map(([key, item]) => [scrub(key, depth + 1), scrub(item, depth + 1)]));
  };
  return scrub(value, 0);
}
