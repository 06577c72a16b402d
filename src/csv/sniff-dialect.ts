// Delimiter and line ending, read from the first record only (the header), outside quotes, with
// quotes read as the parser reads them (record-ends.ts).
import { eachBreak, type Break } from "./record-ends";

const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export type Dialect = { delimiter: Delimiter; newline: "\r\n" | "\n" | "\r" };

/** The delimiter that splits the first record into the most fields (a tie goes to the comma). */
export function sniffDialect(text: string): Dialect {
  const [comma, ...others] = DELIMITERS;
  let best: { delimiter: Delimiter } & ReturnType<typeof firstRecord> = { delimiter: comma, ...firstRecord(text, comma) };
  for (const delimiter of others) {
    const record = firstRecord(text, delimiter);
    if (record.fields > best.fields) best = { delimiter, ...record };
  }
  return { delimiter: best.delimiter, newline: newlineOf(text, best.end) };
}

function firstRecord(text: string, delimiter: Delimiter): { fields: number; end: Break | null } {
  let fields = 1;
  let end: Break | null = null;
  eachBreak(text, delimiter, (b) => {
    if (b.record) end = b;
    else fields++;
    return !b.record;
  });
  return { fields, end };
}

function newlineOf(text: string, end: Break | null): Dialect["newline"] {
  if (!end) return "\r\n";
  return end.length === 2 ? "\r\n" : text.charAt(end.at) === "\r" ? "\r" : "\n";
}

export function delimiterName(d: Delimiter): string {
  return d === "," ? "comma" : d === ";" ? "semicolon" : "tab";
}
