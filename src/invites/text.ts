// Small text helpers shared by the rules. Accounts and group names compare case-insensitively
// after trimming (issue #3; SPLASHTOP.md).

export function foldKey(text: string): string {
  return text.trim().toLowerCase();
}

/** Case, spaces and punctuation ignored: "End-User" and "end user" are the same spelling. */
export function spellingKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Characters that are invisible or control codes: never intended in an invite list. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;
const INVISIBLE_OR_CONTROL_ALL = new RegExp(INVISIBLE_OR_CONTROL.source, "g");

export function describeCharacter(ch: string): string {
  const names: Record<string, string> = {
    "\t": "a tab",
    "\n": "a line break",
    "\r": "a line break",
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

/** Line breaks and tabs become one space; other invisible characters go; ends are trimmed. */
export function withoutControlCharacters(text: string): string {
  return text
    .replace(/[\t\r\n\u2028\u2029]+/g, " ")
    .replace(INVISIBLE_OR_CONTROL_ALL, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Text a spreadsheet would run as a formula when the CSV is opened (OWASP CSV injection). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

export function hasOuterWhitespace(text: string): boolean {
  return text.length > 0 && (/^\s/.test(text) || /\s$/.test(text));
}
