// A file's records exactly as papaparse reads them, for a known delimiter and line ending:
// `Papa.parse(text, { delimiter, newline, header: false, skipEmptyLines: false })` (papaparse.js
// 5.7.1: Papa.parse strips one BOM, then Parser.parse), the same fields and the same first quote
// error. It hands each record over as it ends, in one array that is reused, instead of building
// an array per record and an array of them: on 1,000,000 rows that is most of the garbage (and
// the peak memory) of reading a file. test/csv/parse-records.test.ts holds it to papaparse.
// The loop is papaparse's, state for state (nextDelim and nextNewline are the next delimiter and
// line break at or after the cursor, searched natively); only the output differs.

const QUOTE = 34;
const BOM = 0xfeff;
const ESCAPED_QUOTE = /""/g;

/** papaparse's first error of type "Quotes": its code, and the record (0-based) it is in. */
export type QuoteError = { code: "MissingQuotes" | "InvalidQuotes"; row: number };

/**
 * Receives each record: its fields are `fields[0]` to `fields[count - 1]`; the array is reused,
 * so copy what is kept. `last` is true for the final record (papaparse always ends with one,
 * a single empty field when the text ends with a line break).
 */
export type OnRecord = (fields: string[], count: number, last: boolean) => void;

export function parseRecords(input: string, delimiter: string, newline: "\r\n" | "\n" | "\r", onRecord: OnRecord): QuoteError | null {
  const text = input.charCodeAt(0) === BOM ? input.slice(1) : input;
  const n = text.length;
  if (n === 0) return null;
  const d = delimiter.charCodeAt(0);
  const newlineLength = newline.length;
  const fields: string[] = [];
  let count = 0;
  let row = 0;
  let cursor = 0;
  let nextDelim = text.indexOf(delimiter);
  let nextNewline = text.indexOf(newline);
  for (;;) {
    if (text.charCodeAt(cursor) === QUOTE) {
      // A quoted field: find the quote that closes it (papaparse's rules, record-ends.ts says them).
      let q = cursor;
      for (;;) {
        q = text.indexOf('"', q + 1);
        if (q < 0) return { code: "MissingQuotes", row };
        if (q === n - 1) {
          fields[count++] = unquote(text, cursor + 1, q);
          onRecord(fields, count, true);
          return null;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          q++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < q + 1) nextDelim = text.indexOf(delimiter, q + 1);
        if (nextNewline !== -1 && nextNewline < q + 1) nextNewline = text.indexOf(newline, q + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const toDelim = blanksAfter(text, q, checkUpTo);
        if (text.charCodeAt(q + 1 + toDelim) === d) {
          fields[count++] = unquote(text, cursor + 1, q);
          cursor = q + 2 + toDelim;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delimiter, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = text.indexOf(newline, cursor);
          break;
        }
        const toNewline = blanksAfter(text, q, nextNewline);
        if (text.startsWith(newline, q + 1 + toNewline)) {
          fields[count++] = unquote(text, cursor + 1, q);
          onRecord(fields, count, false);
          count = 0;
          row++;
          cursor = q + 1 + toNewline + newlineLength;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delimiter, cursor);
          nextNewline = text.indexOf(newline, cursor);
          break;
        }
        // A quote that neither doubles, nor closes the field: papaparse reports it.
        return { code: "InvalidQuotes", row };
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      fields[count++] = text.substring(cursor, nextDelim);
      cursor = nextDelim + 1;
      nextDelim = text.indexOf(delimiter, cursor);
      continue;
    }
    if (nextNewline === -1) break;
    fields[count++] = text.substring(cursor, nextNewline);
    onRecord(fields, count, false);
    count = 0;
    row++;
    cursor = nextNewline + newlineLength;
    nextNewline = text.indexOf(newline, cursor);
  }
  fields[count++] = text.substring(cursor);
  onRecord(fields, count, true);
  return null;
}

/** A quoted field's text between its quotes, each `""` read as one quote. */
function unquote(text: string, from: number, to: number): string {
  const value = text.substring(from, to);
  return value.includes('""') ? value.replace(ESCAPED_QUOTE, '"') : value;
}

/**
 * How many characters after the quote at `q` come before `upTo` when all of them are blanks
 * (String.prototype.trim's whitespace), else 0: papaparse's extraSpaces.
 */
function blanksAfter(text: string, q: number, upTo: number): number {
  if (upTo === -1 || upTo <= q + 1) return 0;
  return text.substring(q + 1, upTo).trim() === "" ? upTo - q - 1 : 0;
}
