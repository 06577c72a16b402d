// Small text helpers shared by the rules. Accounts and group names compare case-insensitively
// after trimming (issue #3; SPLASHTOP.md).

export function foldKey(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Case and spaces ignored, punctuation kept: "END  user" and "end user" are one spelling,
 * "ad-min" and "=Admin" are not "admin" (issue #10: a value maps to a known spelling only
 * through case, whitespace and the listed aliases).
 */
export function spellingKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Characters that are invisible or control codes: never intended in an invite list. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;
const INVISIBLE_OR_CONTROL_ALL = new RegExp(INVISIBLE_OR_CONTROL.source, "g");

/** The mark a decoder leaves where bytes were not text in its encoding (U+FFFD). */
export const REPLACEMENT_CHARACTER = "\ufffd";

const LINE_BREAKS_AND_TABS = /[\t\r\n\u2028\u2029]/;

export function describeCharacter(ch: string): string {
  const names: Record<string, string> = {
    "\t": "a tab",
    "\n": "a line break",
    "\r": "a line break",
    "\u2028": "a line break",
    "\u2029": "a line break",
    "\u00a0": "a non-breaking space",
    "\u00ad": "a soft hyphen",
    "\u200b": "a zero-width space",
    "\u200e": "a left-to-right mark",
    "\u200f": "a right-to-left mark",
    "\ufeff": "a byte-order mark",
  };
  const code = ch.codePointAt(0) ?? 0;
  return names[ch] ?? `the invisible character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether cleaning `ch` out of a cell leaves a space in its place (a tab or line break between words). */
export function becomesSpace(ch: string): boolean {
  return LINE_BREAKS_AND_TABS.test(ch);
}

/** Line breaks and tabs become one space; other invisible characters go; ends are trimmed. */
export function withoutControlCharacters(text: string): string {
  return text
    .replace(/[\t\r\n\u2028\u2029]+/g, " ")
    .replace(INVISIBLE_OR_CONTROL_ALL, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Text a spreadsheet would run as a formula when the CSV is opened (OWASP CSV injection):
 * it starts with =, +, - or @ once outer whitespace is set aside. A leading tab is whitespace
 * (and a control character), not a formula start.
 */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+\-@]/.test(text);
}

export function hasOuterWhitespace(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  // Printable ASCII at both ends (nearly every cell) is settled without a call.
  if (first > 32 && first < 0x80 && last > 32 && last < 0x80) return false;
  return isWhitespaceCode(first) || isWhitespaceCode(last);
}

const WHITESPACE = /\s/;

/**
 * Whether a UTF-16 code unit is whitespace as RegExp `\s` and String.prototype.trim see it:
 * ASCII by range (the common case, no regex), the rest by the regex itself.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 0x80 && WHITESPACE.test(String.fromCharCode(code));
}

/** At most this many characters of a user's value go into a message (a 10 MB cell is never echoed). */
export const QUOTE_LIMIT = 80;

/**
 * A user's value as a message shows it: on one line (tabs and line breaks as spaces, other
 * invisible characters left out) and cut to `limit` characters, ending "..." when cut.
 */
export function clip(value: string, limit = QUOTE_LIMIT): string {
  if (value.length <= limit) return oneLine(value);
  let end = limit - 3;
  // Never cut between the two halves of a surrogate pair (an emoji).
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${oneLine(value.slice(0, end))}...`;
}

/** clip(value) in double quotes. */
export function quote(value: string, limit = QUOTE_LIMIT): string {
  return `"${clip(value, limit)}"`;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]/g, " ").replace(INVISIBLE_OR_CONTROL_ALL, "");
}
