// A user's CSV into invite rows: header matched by aliases, any column order, extra columns
// ignored (and named), rows kept in file order with their row numbers, nothing dropped.
import Papa from "papaparse";
import { checkEmail, COLUMN_KEYS, describeRows, columnForHeader, EXPORT_HEADERS, isStatusHeader, type ColumnKey, type InviteRow } from "../invites";
import { decodeText, stripBom } from "./decode-text";
import { uniformLineEndings } from "./line-endings";
import { delimiterName, sniffDialect } from "./sniff-dialect";

export type ImportedCsv = {
  rows: InviteRow[];
  /** Row number of rows[0] as a spreadsheet shows the file (header = row 1). */
  firstRow: number;
  hasHeader: boolean;
  ignoredColumns: string[];
  /** Plain-words remarks worth showing (encoding, delimiter, headerless file, ignored columns). */
  notices: string[];
};
export type ImportResult = { ok: true; csv: ImportedCsv } | { ok: false; error: string };

export function importCsvBytes(bytes: Uint8Array): ImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const result = importCsvText(decoded.text);
  if (result.ok && decoded.encoding !== "utf-8") {
    result.csv.notices.unshift(`Read as ${decoded.encoding} text (not UTF-8).`);
  }
  return result;
}

export function importCsvText(input: string): ImportResult {
  const unmarked = stripBom(input);
  if (!/\S/.test(unmarked)) return { ok: false, error: "The file is empty: it needs a header row and one row per person." };
  const dialect = sniffDialect(unmarked);
  const { text, newline } = uniformLineEndings(unmarked, dialect.newline);
  const parsed = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, newline, header: false, skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) return { ok: false, error: `Row ${(broken.row ?? 0) + 1} has a quote (") that is never closed: close it or remove it, then try again.` };
  const records = dropFinalEmptyRecord(parsed.data, text);
  const notices = dialect.delimiter === "," ? [] : [`Columns are separated by ${delimiterName(dialect.delimiter)}s.`];
  return mapRecords(records, notices);
}

function dropFinalEmptyRecord(records: string[][], text: string): string[][] {
  const last = records[records.length - 1];
  const endsWithNewline = text.endsWith("\n") || text.endsWith("\r");
  return endsWithNewline && last && last.length === 1 && last[0] === "" ? records.slice(0, -1) : records;
}

type Layout = { columns: (ColumnKey | null)[]; ignored: string[] };

function mapRecords(records: string[][], notices: string[]): ImportResult {
  const header = records[0] ?? [];
  const layout = readHeader(header);
  if (typeof layout === "string") {
    if (!looksLikeData(header)) return { ok: false, error: layout };
    notices.push(`The file has no header row; columns are read in the article's order (${COLUMN_KEYS.map((k) => EXPORT_HEADERS[k]).join(", ")}).`);
    return finish(records, { columns: [...COLUMN_KEYS], ignored: [] }, 1, notices);
  }
  if (layout.ignored.length) notices.push(`Ignored columns: ${layout.ignored.join(", ")}.`);
  return finish(records.slice(1), layout, 2, notices);
}

function finish(records: string[][], layout: Layout, firstRow: number, notices: string[]): ImportResult {
  const overflow = overflowingRows(records, layout.columns.length, firstRow);
  if (overflow.length) {
    const rows = describeRows(overflow, 8);
    return { ok: false, error: `${rows.charAt(0).toUpperCase()}${rows.slice(1)} ${overflow.length === 1 ? "has" : "have"} more values than there are columns; a value with a comma in it (like "Lee, Ann") must be in double quotes. Fix the file and try again.` };
  }
  const rows = records.map(rowReader(layout.columns));
  return { ok: true, csv: { rows, firstRow, hasHeader: firstRow === 2, ignoredColumns: layout.ignored, notices } };
}

/** A header cell as it may appear in a one-line message. */
function shown(cell: string): string {
  return `"${cell.replace(/\s+/g, " ").trim()}"`;
}

/**
 * Maps header cells to our columns. Where two cells name one column ("Email" and "Username"), the
 * more specific name wins (its rank in the alias list) and the other is ignored and named; two
 * equally good names are ambiguous and refused.
 */
function readHeader(header: readonly string[]): Layout | string {
  const columns: (ColumnKey | null)[] = header.map(() => null);
  const chosen = new Map<ColumnKey, number>();
  for (let i = 0; i < header.length; i++) {
    const match = columnForHeader(header[i] ?? "");
    if (!match) continue;
    const other = chosen.get(match.key);
    if (other === undefined) { chosen.set(match.key, i); continue; }
    const otherRank = columnForHeader(header[other] ?? "")?.rank ?? 0;
    if (otherRank === match.rank) {
      return `Two columns both mean ${EXPORT_HEADERS[match.key]} (${shown(header[other] ?? "")} and ${shown(header[i] ?? "")}). Remove or rename one, then try again.`;
    }
    if (match.rank < otherRank) chosen.set(match.key, i);
  }
  for (const [key, index] of chosen) columns[index] = key;
  if (!chosen.has("account")) {
    const found = header.filter((h) => h.trim()).map(shown).join(", ") || "nothing";
    return `No Splashtop account column: the first row must name the columns, and one must hold the email addresses (call it "Splashtop account" or "Email"). The first row has ${found}.`;
  }
  const ignored = header.filter((cell, i) => columns[i] === null && cell.trim() && !isStatusHeader(cell)).map((c) => c.replace(/\s+/g, " ").trim());
  return { columns, ignored };
}

/** A first row whose first value is an email address is data, not a header. */
function looksLikeData(record: readonly string[]): boolean {
  return checkEmail((record[0] ?? "").trim()).ok;
}

function overflowingRows(records: readonly string[][], width: number, firstRow: number): number[] {
  const rows: number[] = [];
  records.forEach((record, index) => {
    for (let i = width; i < record.length; i++) {
      if (record[i]?.trim()) {
        rows.push(firstRow + index);
        return;
      }
    }
  });
  return rows;
}

/** Reads a record into a row by fixed positions (one object shape, no per-cell look-ups). */
function rowReader(columns: readonly (ColumnKey | null)[]): (record: readonly string[]) => InviteRow {
  const [a, g, d, l, r] = COLUMN_KEYS.map((key) => columns.indexOf(key));
  const at = (record: readonly string[], i: number | undefined) => (i === undefined || i < 0 ? "" : record[i] ?? "");
  return (record) => ({
    account: at(record, a),
    group: at(record, g),
    displayName: at(record, d),
    licenseType: at(record, l),
    role: at(record, r),
  });
}
