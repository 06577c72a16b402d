// The file Splashtop's importer receives. Format choices (headers, spellings, delimiter, line
// ending, encoding) come from invites/importer-format.ts; quoting follows RFC 4180 exactly as
// papaparse's unparse does (quote only where needed), so the output is byte-identical to it.
import { COLUMN_KEYS, EXPORT_HEADERS, FILE_FORMAT, type InviteRow } from "../invites";

// papaparse quotes a field holding a quote, CR, LF, its delimiter or a BOM, or starting or ending
// with a space (papaparse.js `safe`).
const D = FILE_FORMAT.delimiter;
const NEEDS_QUOTES = new RegExp(`["\\r\\n\\ufeff${D}]|^ | $`);
const QUOTE = /"/g;

// Most fields need no quotes: a field with no space at either end and none of the characters is
// settled by two character codes and one character class, without the anchored alternatives.
const SPECIAL = new RegExp(`["\\r\\n\\ufeff${D}]`);
const SPACE = 32;

function field(value: string): string {
  const last = value.length - 1;
  if (last < 0 || (value.charCodeAt(0) !== SPACE && value.charCodeAt(last) !== SPACE && !SPECIAL.test(value))) return value;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

export function csvRecord(cells: readonly string[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) line += (i ? D : "") + field(cells[i] ?? "");
  return line + FILE_FORMAT.newline;
}

const EXPORT_HEADER_LINE = csvRecord(COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]));

export type ExportOptions = {
  bom?: boolean;
  /**
   * Values a row had past its file's header (by index in `rows`), written after its five
   * columns: `fix` keeps them, so nothing is lost and a check of the result still flags the row.
   */
  extraValues?: ReadonlyMap<number, readonly string[]>;
};

/** Header plus one record per row, CRLF after every record including the last. */
export function exportCsv(rows: readonly InviteRow[], options: ExportOptions = {}): string {
  // One piece: the header makes the text non-empty, so `write` is called exactly once.
  let text = "";
  writeCsv(rows, options, (piece) => (text = piece), Infinity);
  return text;
}

/** About how many characters writeCsv hands over at a time. */
export const PIECE_LENGTH = 1 << 16;

/**
 * exportCsv's text, handed to `write` in order in pieces of whole records (so a character is
 * never split between two pieces), about `pieceLength` characters each: a 1,000,000-row file is
 * written without ever being one string in memory.
 */
export function writeCsv(
  rows: readonly InviteRow[],
  options: ExportOptions,
  write: (piece: string) => void,
  pieceLength = PIECE_LENGTH,
): void {
  let out = headerOf(options);
  const extraValues = extraValuesOf(options);
  const record = recordWriter();
  for (let i = 0; i < rows.length; i++) {
    out += record(rows[i] as InviteRow, extraValues?.get(i));
    if (out.length >= pieceLength) {
      write(out);
      out = "";
    }
  }
  if (out) write(out);
}

function headerOf(options: ExportOptions): string {
  return (options.bom ? "\ufeff" : "") + EXPORT_HEADER_LINE;
}

function extraValuesOf(options: ExportOptions): ReadonlyMap<number, readonly string[]> | null {
  return options.extraValues?.size ? options.extraValues : null;
}

/**
 * Writes one row's record: its five fields, then any extra values, each quoted where needed, and
 * CRLF. Group, license type and role take a few values down a whole file: each value is written
 * once, with the delimiter after it, and reused (fewer strings joined per row).
 */
function recordWriter(): (row: InviteRow, extra: readonly string[] | undefined) => string {
  const group = repeatedField(D);
  const licenseType = repeatedField(D);
  const role = repeatedField("");
  return (row, extra) => {
    const line = field(row.account) + D + group(row.group) + field(row.displayName) + D + licenseType(row.licenseType) + role(row.role);
    return (extra ? line + extraFields(extra) : line) + FILE_FORMAT.newline;
  };
}

function extraFields(extra: readonly string[]): string {
  let text = "";
  for (const value of extra) text += D + field(value);
  return text;
}

/** A field as written, then `after`; remembered for up to 256 distinct values (a column of names would not repeat). */
function repeatedField(after: string): (value: string) => string {
  const written = new Map<string, string>();
  return (value) => {
    let text = written.get(value);
    if (text === undefined) {
      text = field(value) + after;
      if (written.size < 256) written.set(value, text);
    }
    return text;
  };
}
