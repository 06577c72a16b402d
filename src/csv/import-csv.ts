// A user's CSV into invite rows: header matched by aliases, any column order, extra columns
// ignored (and named), rows kept in file order with their row numbers, nothing dropped. A file
// whose first row is not a header is refused, never mapped by position (issue #10).
import {
  checkEmail,
  clip,
  COLUMN_KEYS,
  EXPORT_HEADERS,
  columnForHeader,
  emptyRow,
  isStatusHeader,
  LIMITS,
  quote,
  REPLACEMENT_CHARACTER,
  type ColumnKey,
  type Finding,
  type InviteRow,
} from "../invites";
import { decodeText, stripBom } from "./decode-text";
import { extraValuesFinding, lastValue } from "./extra-values";
import { uniformLineEndings } from "./line-endings";
import { parseRecords, type OnRecord, type QuoteError } from "./parse-records";
import { delimiterName, sniffDialect, type Delimiter, type Dialect } from "./sniff-dialect";
import { textPool } from "./text-pool";

export type ImportedCsv = {
  rows: InviteRow[];
  /** Row number of rows[0] as a spreadsheet shows the file: the header is row 1, so 2. */
  firstRow: number;
  ignoredColumns: string[];
  /** Plain-words remarks worth showing (encoding, delimiter, ignored columns). */
  notices: string[];
  delimiter: Delimiter;
  /** Which of our columns holds the rightmost value of the header (where extra values follow). */
  lastColumn: ColumnKey;
  /**
   * Values past the header's columns (a value with a delimiter in it, not in quotes), by index in
   * `rows`. They are in no column, so not in `rows`; nothing of them is dropped.
   */
  extraValues: ReadonlyMap<number, readonly string[]>;
  /** What reading found wrong with rows: an extra-values error per such row, for the check. */
  findings: Finding[];
  /** Indexes of rows holding U+FFFD where the file had bytes that were not UTF-8 (damaged-text). */
  damagedRows: number[];
};
export type ImportResult = { ok: true; csv: ImportedCsv } | { ok: false; error: string };

export function importCsvBytes(bytes: Uint8Array): ImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const result = importCsvText(decoded.text);
  if (!result.ok) return result;
  if (decoded.damage) {
    result.csv.notices.unshift(decoded.damage);
    result.csv.damagedRows = rowsHolding(result.csv.rows, REPLACEMENT_CHARACTER);
  } else if (decoded.encoding !== "utf-8") result.csv.notices.unshift(`Read as ${decoded.encoding} text (not UTF-8).`);
  return result;
}

export function importCsvText(input: string): ImportResult {
  const file = normalisedText(input);
  if (!file.ok) return file;
  const { text, newline, delimiter } = file;
  const rows = rowsFromRecords(delimiter, endsWithBreak(text));
  const broken = parseRecords(text, delimiter, newline, rows.add);
  if (broken) return { ok: false, error: quoteError(broken) };
  const notices = delimiter === "," ? [] : [`Columns are separated by ${delimiterName(delimiter)}s.`];
  return rows.result(notices);
}

export type ReadRecords = { ok: true; records: string[][]; delimiter: Delimiter } | { ok: false; error: string };

/** The file's records as papaparse reads them, whatever mix of line endings it has. */
export function readRecords(input: string): ReadRecords {
  const file = normalisedText(input);
  if (!file.ok) return file;
  const records: string[][] = [];
  const dropLast = endsWithBreak(file.text);
  const broken = parseRecords(file.text, file.delimiter, file.newline, (fields, count, last) => {
    if (!(last && dropLast && isEmptyRecord(fields, count))) records.push(fields.slice(0, count));
  });
  if (broken) return { ok: false, error: quoteError(broken) };
  return { ok: true, records, delimiter: file.delimiter };
}

type NormalisedText = { ok: true; text: string; newline: Dialect["newline"]; delimiter: Delimiter } | { ok: false; error: string };

/** The text without its BOM, its dialect, and one line ending throughout (line-endings.ts). */
function normalisedText(input: string): NormalisedText {
  const unmarked = stripBom(input);
  if (!/\S/.test(unmarked)) return { ok: false, error: "The file is empty: it needs a header row and one row per person." };
  const dialect = sniffDialect(unmarked);
  const { text, newline } = uniformLineEndings(unmarked, dialect);
  return { ok: true, text, newline, delimiter: dialect.delimiter };
}

function quoteError(error: QuoteError): string {
  const row = `Row ${error.row + 1}`;
  return error.code === "MissingQuotes"
    ? `${row} has a quote (") that is never closed: close it or remove it, then try again.`
    : `${row} has a value in quotes with more text after its closing quote: put the whole value in quotes and write each quote inside it twice (""), then try again.`;
}

/** A final record of one empty field after a final line break is that break's, not a row. */
function endsWithBreak(text: string): boolean {
  return text.endsWith("\n") || text.endsWith("\r");
}

function isEmptyRecord(fields: readonly string[], count: number): boolean {
  return count === 1 && fields[0] === "";
}

type Layout = { columns: (ColumnKey | null)[]; ignored: string[] };

/**
 * Rows made from records as the parser hands them over (no array per record is kept): the first
 * record is the header; each later one becomes a row, its values past the header kept as extra
 * values with an error finding.
 */
function rowsFromRecords(delimiter: Delimiter, dropFinalEmpty: boolean): { add: OnRecord; result(notices: string[]): ImportResult } {
  let header: string[] | null = null;
  let layout: Layout | string = "";
  let read: RowReader = () => emptyRow();
  let width = 0;
  let blank: BlankColumns | null = null;
  const rows: InviteRow[] = [];
  const extraValues = new Map<number, readonly string[]>();
  const findings: Finding[] = [];
  const add: OnRecord = (fields, count, last) => {
    if (last && dropFinalEmpty && isEmptyRecord(fields, count)) return;
    if (header === null) {
      header = fields.slice(0, count);
      layout = readHeader(header);
      if (typeof layout === "string") return;
      read = rowReader(layout.columns);
      width = count;
      blank = blankColumns(header, layout.columns);
      return;
    }
    if (typeof layout === "string") return;
    const index = rows.length;
    blank?.look(fields, count);
    // Only values past the header are looked at (most records have none).
    const end = count > width ? lastValue(fields, count) : -1;
    if (end >= width) {
      const extra = fields.slice(width, end + 1);
      extraValues.set(index, extra);
      findings.push(extraValuesFinding(2 + index, width, extra, delimiter));
    }
    rows.push(read(fields, count));
  };
  const result = (notices: string[]): ImportResult => {
    if (header === null) layout = readHeader([]);
    if (typeof layout === "string") return { ok: false, error: layout };
    const ignored = [...layout.ignored, ...(blank?.withValues() ?? [])];
    if (ignored.length) notices.push(`Ignored columns: ${listed(ignored.map((name) => clip(name, 40)))}.`);
    const lastColumn = layout.columns.reduce<ColumnKey>((last, key) => key ?? last, "account");
    return {
      ok: true,
      csv: { rows, firstRow: 2, ignoredColumns: layout.ignored, notices, delimiter, lastColumn, extraValues, findings, damagedRows: [] },
    };
  };
  return { add, result };
}

function rowsHolding(rows: readonly InviteRow[], text: string): number[] {
  const found: number[] = [];
  rows.forEach((row, index) => {
    if (COLUMN_KEYS.some((key) => row[key].includes(text))) found.push(index);
  });
  return found;
}

/** Names in a message, the list cut short past about 80 characters ("and 3 more"). */
function listed(names: readonly string[]): string {
  const shown: string[] = [];
  let length = 0;
  for (const name of names) {
    if (shown.length && length + name.length > 80) break;
    shown.push(name);
    length += name.length + 2;
  }
  const more = names.length - shown.length;
  return shown.join(", ") + (more ? ` and ${more} more` : "");
}

/**
 * Maps header cells to our columns. Where two cells name one column ("Email" and "Username"), the
 * more specific name wins (its rank in the alias list) and the other is ignored and named; two
 * equally good names are ambiguous and refused. A first row that holds an address is data, not a
 * header, and is refused: reading it by position would turn names into groups.
 */
function readHeader(header: readonly string[]): Layout | string {
  const address = header.find((cell) => cell.length <= LIMITS.emailLength + 2 && cell.includes("@") && checkEmail(cell.trim()).ok);
  if (address !== undefined) {
    return (
      `The first row is not a header: it holds the address ${quote(address.trim())}. ` +
      `Add a first row that names the columns (for example ${COLUMN_KEYS.map((k) => EXPORT_HEADERS[k]).join(", ")}), then try again.`
    );
  }
  const columns: (ColumnKey | null)[] = header.map(() => null);
  const chosen = new Map<ColumnKey, number>();
  for (let i = 0; i < header.length; i++) {
    const match = columnForHeader(header[i] ?? "");
    if (!match) continue;
    const other = chosen.get(match.key);
    if (other === undefined) {
      chosen.set(match.key, i);
      continue;
    }
    const otherRank = columnForHeader(header[other] ?? "")?.rank ?? 0;
    if (otherRank === match.rank) {
      return `Two columns both mean ${EXPORT_HEADERS[match.key]} (${quote(oneSpace(header[other] ?? ""))} and ${quote(oneSpace(header[i] ?? ""))}). Remove or rename one, then try again.`;
    }
    if (match.rank < otherRank) chosen.set(match.key, i);
  }
  for (const [key, index] of chosen) columns[index] = key;
  if (!chosen.has("account")) {
    const named = header.filter((h) => h.trim()).map((h) => quote(oneSpace(h), 40));
    return (
      "No Splashtop account column: the first row must name the columns, and one must hold the email addresses " +
      `(call it "Splashtop account" or "Email"). The first row has ${named.length ? listed(named) : "nothing"}.`
    );
  }
  const ignored = header.filter((cell, i) => columns[i] === null && cell.trim() && !isStatusHeader(cell)).map(oneSpace);
  return { columns, ignored };
}

/** A header cell on one line with single spaces (only its start: it is shown cut short anyway). */
function oneSpace(cell: string): string {
  return (cell.length > 1000 ? cell.slice(0, 1000) : cell).replace(/\s+/g, " ").trim();
}

type BlankColumns = { look(fields: readonly string[], count: number): void; withValues(): string[] };

/**
 * Columns with no name in the header that hold values in some row: ignored, and said so. Fed
 * one record at a time; a column stops being looked at once a value is seen in it.
 */
function blankColumns(header: readonly string[], columns: readonly (ColumnKey | null)[]): BlankColumns {
  const unseen = header.flatMap((cell, i) => (columns[i] === null && !cell.trim() ? [i] : []));
  const seen = new Set<number>();
  return {
    look(fields, count) {
      for (let k = 0; k < unseen.length; k++) {
        const i = unseen[k] as number;
        if (i < count && (fields[i] as string).trim()) {
          seen.add(i);
          unseen.splice(k--, 1);
        }
      }
    },
    withValues: () => [...seen].sort((a, b) => a - b).map((i) => `(column ${i + 1}, no name)`),
  };
}

type RowReader = (fields: readonly string[], count: number) => InviteRow;

/**
 * Reads a record into a row by fixed positions (one object shape, no per-cell look-ups). The
 * columns whose values repeat share one string per value (text-pool.ts).
 */
function rowReader(columns: readonly (ColumnKey | null)[]): RowReader {
  const [a = -1, g = -1, d = -1, l = -1, r = -1] = COLUMN_KEYS.map((key) => columns.indexOf(key));
  // A column the header lacks (-1) or the record is too short for reads as blank.
  const at = (fields: readonly string[], count: number, i: number) => (i >= 0 && i < count ? (fields[i] as string) : "");
  const repeated = textPool();
  return (fields, count) => ({
    account: at(fields, count, a),
    group: repeated(at(fields, count, g)),
    displayName: at(fields, count, d),
    licenseType: repeated(at(fields, count, l)),
    role: repeated(at(fields, count, r)),
  });
}
