import { COLUMN_KEYS, type ColumnKey } from "../columns";
import { finding, type Finding } from "../finding";
import {
  describeCharacter,
  hasOuterWhitespace,
  INVISIBLE_OR_CONTROL,
  looksLikeFormula,
  withoutControlCharacters,
} from "../text";
import { LICENSE_TYPES, ROLES } from "../importer-format";
import { licenseSpelling, roleSpelling } from "../spellings";
import { quote, type RowRule } from "./rule";

// One cheap test per cell; only cells that match get the detailed checks below.
const SUSPICIOUS = new RegExp(`^[\\s=+\\-@]|\\s$|${INVISIBLE_OR_CONTROL.source}`);

/** whitespace, control-characters (names and values; the account has its own), formula-like. */
export const checkTextHygiene: RowRule = (row, rowNumber, _team, out) => {
  for (const column of COLUMN_KEYS) {
    const raw = row[column];
    if (raw && !knownClean(raw, column, rowNumber, out) && SUSPICIOUS.test(raw)) checkCell(raw, column, rowNumber, out);
  }
};

/**
 * Cells the column rules already proved clean, so the scan is skipped (it is the hot path of a
 * 100,000-row check): an account with no finding and no outer spaces is a valid address (no spaces or control
 * characters; only a formula-like first character is possible), and a canonical license type or
 * role is clean by definition.
 */
function knownClean(raw: string, column: ColumnKey, rowNumber: number, out: Finding[]): boolean {
  if (column === "licenseType" || column === "role") return CANONICAL.has(raw);
  if (column !== "account" || raw.trim().length !== raw.length || hasFinding(out, rowNumber, "account")) return false;
  if (looksLikeFormula(raw)) checkCell(raw, column, rowNumber, out);
  return true;
}

const CANONICAL = new Set<string>([...LICENSE_TYPES.map(licenseSpelling), ...ROLES.map(roleSpelling)]);

function hasFinding(out: readonly Finding[], rowNumber: number, column: ColumnKey): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i] as Finding;
    if (f.row !== rowNumber) return false;
    if (f.column === column) return true;
  }
  return false;
}

function checkCell(raw: string, column: ColumnKey, rowNumber: number, out: Finding[]): void {
  const trimmed = raw.trim();
  const invisible = column === "account" ? undefined : INVISIBLE_OR_CONTROL.exec(trimmed)?.[0];
  if (invisible !== undefined) {
    out.push(finding("control-characters", rowNumber, column,
      `This cell contains ${describeCharacter(invisible)}. Click Fix to replace it with a space.`,
      withoutControlCharacters(raw)));
  } else if (hasOuterWhitespace(raw) && !hasFix(out, rowNumber, column)) {
    out.push(finding("whitespace", rowNumber, column,
      `${quote(raw)} has spaces at the start or end. Click Fix to remove them.`, trimmed));
  }
  if (looksLikeFormula(raw) || looksLikeFormula(trimmed)) {
    out.push(finding("formula-like", rowNumber, column,
      `${quote(trimmed)} starts with "${trimmed.charAt(0)}", so a spreadsheet opening the file may run it as a formula. ` +
        "It is exported exactly as written; check that it is meant."));
  }
}

/** Whether a column rule already offers a fix for this cell (this row's findings end `out`). */
function hasFix(out: readonly Finding[], rowNumber: number, column: ColumnKey): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    const f = out[i] as Finding;
    if (f.row !== rowNumber) return false;
    if (f.column === column && f.fix !== undefined) return true;
  }
  return false;
}
