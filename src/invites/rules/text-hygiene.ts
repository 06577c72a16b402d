import { COLUMN_KEYS, type ColumnKey } from "../columns";
import { finding, type Finding } from "../finding";
import { fixAdvice, type Surface } from "../surface";
import {
  becomesSpace,
  describeCharacter,
  hasOuterWhitespace,
  INVISIBLE_OR_CONTROL,
  looksLikeFormula,
  REPLACEMENT_CHARACTER,
  withoutControlCharacters,
} from "../text";
import { LICENSE_TYPES, ROLES } from "../importer-format";
import { licenseSpelling, roleSpelling } from "../spellings";
import { fixFor, quote, type RowRule } from "./rule";

// One cheap test per cell; only cells that match get the detailed checks below.
const SUSPICIOUS = new RegExp(`^[\\s=+\\-@]|\\s$|${INVISIBLE_OR_CONTROL.source.slice(0, -1)}${REPLACEMENT_CHARACTER}]`);

/** damaged-text: U+FFFD stands where a decoder met bytes that were not text; what they said is gone. */
export function damagedTextMessage(): string {
  return `This cell holds "${REPLACEMENT_CHARACTER}", the mark for characters lost when the text was saved or read in the wrong encoding. Retype what it should say.`;
}

/** whitespace, control-characters, damaged-text (names and values; the account has its own), formula-like. */
export const checkTextHygiene: RowRule = (row, rowNumber, _team, out, surface) => {
  for (const column of COLUMN_KEYS) {
    const raw = row[column];
    if (raw && !knownClean(raw, column, rowNumber, out, surface) && SUSPICIOUS.test(raw)) checkCell(raw, column, rowNumber, out, surface);
  }
};

/**
 * Cells the column rules already proved clean, so the scan is skipped (it is the hot path of a
 * 100,000-row check): an account with no finding and no outer spaces is a valid address (no spaces or control
 * characters; only a formula-like first character is possible), and a canonical license type or
 * role is clean by definition.
 */
function knownClean(raw: string, column: ColumnKey, rowNumber: number, out: Finding[], surface: Surface): boolean {
  if (column === "licenseType" || column === "role") return CANONICAL.has(raw);
  if (column !== "account" || raw.trim().length !== raw.length || hasFinding(out, rowNumber, "account")) return false;
  if (looksLikeFormula(raw)) checkCell(raw, column, rowNumber, out, surface);
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

function checkCell(raw: string, column: ColumnKey, rowNumber: number, out: Finding[], surface: Surface): void {
  const trimmed = raw.trim();
  const formula = looksLikeFormula(trimmed);
  // The account rule has already said what is wrong with an account's characters.
  const ownRule = column === "account";
  if (!ownRule && trimmed.includes(REPLACEMENT_CHARACTER)) {
    out.push(finding("damaged-text", rowNumber, column, damagedTextMessage()));
  }
  const invisible = ownRule ? undefined : INVISIBLE_OR_CONTROL.exec(trimmed)?.[0];
  if (invisible !== undefined) {
    out.push(controlCharacters(raw, invisible, column, rowNumber, surface));
  } else if (hasOuterWhitespace(raw) && !formula && !hasFix(out, rowNumber, column)) {
    out.push(finding("whitespace", rowNumber, column,
      `${quote(raw)} has ${outerBlanks(raw)} at the start or end. ${fixAdvice(surface, "remove them")}`, trimmed));
  }
  if (formula) {
    out.push(finding("formula-like", rowNumber, column,
      `${quote(trimmed)} starts with "${trimmed.charAt(0)}", so a spreadsheet opening the file may run it as a formula. ` +
        "It is exported exactly as written; check that it is meant."));
  }
}

function controlCharacters(raw: string, invisible: string, column: ColumnKey, rowNumber: number, surface: Surface): Finding {
  const fix = fixFor(raw, withoutControlCharacters(raw));
  const advice = fix === undefined
    ? "Remove it by hand: text that starts like a formula is never changed automatically."
    : fixAdvice(surface, becomesSpace(invisible) ? "replace it with a space" : "remove it");
  return finding("control-characters", rowNumber, column, `This cell contains ${describeCharacter(invisible)}. ${advice}`, fix);
}

/** "spaces", or what else is there (a tab at the start is whitespace, and says so). */
function outerBlanks(raw: string): string {
  const outer = raw.slice(0, raw.length - raw.trimStart().length) + raw.slice(raw.trimEnd().length);
  return /^ *$/.test(outer) ? "spaces" : "spaces, tabs or line breaks";
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
