// Files edited by several tools mix CRLF and LF; papaparse takes one line ending for the whole
// file. A file with one kind throughout is parsed as it is; any other has its line breaks outside
// quotes made LF first (quoted text, multi-line cells included, is left exactly as written).
import type { Dialect } from "./sniff-dialect";

const MIXED_IN_CRLF = /\r(?!\n)|(?<!\r)\n/;

export function uniformLineEndings(text: string, sniffed: Dialect["newline"]): { text: string; newline: Dialect["newline"] } {
  if (!text.includes("\r")) return { text, newline: "\n" };
  if (sniffed === "\r\n" && !MIXED_IN_CRLF.test(text)) return { text, newline: "\r\n" };
  if (sniffed === "\r" && !text.includes("\n")) return { text, newline: "\r" };
  return { text: lfOutsideQuotes(text), newline: "\n" };
}

function lfOutsideQuotes(text: string): string {
  const parts: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted) {
      parts.push(text.slice(from, i), "\n");
      if (text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
}
