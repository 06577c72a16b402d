// Files edited by several tools mix CRLF, LF and CR; papaparse takes one line ending for the
// whole file. A file with one kind throughout is parsed as it is; any other has its line breaks
// outside quotes made LF first, found by the same reading of quotes as the parser's
// (record-ends.ts). Quoted text, multi-line cells included, is left exactly as written.
import { eachBreak } from "./record-ends";
import type { Dialect } from "./sniff-dialect";

const MIXED_IN_CRLF = /\r(?!\n)|(?<!\r)\n/;

export function uniformLineEndings(text: string, dialect: Dialect): { text: string; newline: Dialect["newline"] } {
  if (!text.includes("\r")) return { text, newline: "\n" };
  if (dialect.newline === "\r\n" && !MIXED_IN_CRLF.test(text)) return { text, newline: "\r\n" };
  if (dialect.newline === "\r" && !text.includes("\n")) return { text, newline: "\r" };
  return { text: lfOutsideQuotes(text, dialect.delimiter), newline: "\n" };
}

function lfOutsideQuotes(text: string, delimiter: string): string {
  const parts: string[] = [];
  let from = 0;
  eachBreak(text, delimiter, (b) => {
    if (b.record && (b.length === 2 || text.charCodeAt(b.at) === 13)) {
      parts.push(text.slice(from, b.at), "\n");
      from = b.at + b.length;
    }
    return true;
  });
  parts.push(text.slice(from));
  return parts.join("");
}
