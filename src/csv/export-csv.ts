// The file Splashtop's importer receives. Format choices (headers, spellings, delimiter, line
// ending, encoding) come from invites/importer-format.ts; quoting follows RFC 4180 exactly as
// papaparse's unparse does (quote only where needed), so the output is byte-identical to it.
import { COLUMN_KEYS, EXPORT_HEADERS, FILE_FORMAT, type InviteRow } from "../invites";

// papaparse quotes a field holding a quote, CR, LF, its delimiter or a BOM, or starting or ending
// with a space (papaparse.js `safe`).
const D = FILE_FORMAT.delimiter;
const NEEDS_QUOTES = new RegExp(`["\\r\\n\\ufeff${D}]|^ | $`);
const QUOTE = /"/g;

function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

export function csvRecord(cells: readonly string[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) line += (i ? D : "") + field(cells[i] ?? "");
  return line + FILE_FORMAT.newline;
}

export const EXPORT_HEADER_LINE = csvRecord(COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]));

// A whole line needs no quoting when it has none of the special characters, no space next to a
// delimiter or at either end, and no field holds the delimiter: one test per row instead of five.
const LINE_NEEDS_LOOK = new RegExp(`["\\r\\n\\ufeff]|^ | $| ${D}|${D} `);

function plainLine(row: InviteRow): string | null {
  const line = row.account + D + row.group + D + row.displayName + D + row.licenseType + D + row.role;
  if (LINE_NEEDS_LOOK.test(line)) return null;
  const noDelimiterInFields = !row.account.includes(D) && !row.group.includes(D) &&
    !row.displayName.includes(D) && !row.licenseType.includes(D) && !row.role.includes(D);
  return noDelimiterInFields ? line : null;
}

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
  let out = headerOf(options);
  const extraValues = extraValuesOf(options);
  for (let i = 0; i < rows.length; i++) out += record(rows[i] as InviteRow, extraValues?.get(i));
  return out;
}

/** About how many characters writeCsv hands over at a time. */
export const PIECE_LENGTH = 1 << 16;

/**
 * exportCsv's text, handed to `write` in order in pieces of whole records (so a character is
 * never split between two pieces), about `pieceLength` characters each: a 1,000,000-row file is
 * written without ever being one string in memory.
 */
export function writeCsv(rows: readonly InviteRow[], options: ExportOptions, write: (piece: string) => void, pieceLength = PIECE_LENGTH): void {
  let out = headerOf(options);
  const extraValues = extraValuesOf(options);
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

/** One row's record: its five fields, then any extra values, each quoted where needed, and CRLF. */
function record(row: InviteRow, extra: readonly string[] | undefined): string {
  let line = plainLine(row) ??
    field(row.account) + D + field(row.group) + D + field(row.displayName) + D + field(row.licenseType) + D + field(row.role);
  if (extra) for (const value of extra) line += D + field(value);
  return line + FILE_FORMAT.newline;
}
