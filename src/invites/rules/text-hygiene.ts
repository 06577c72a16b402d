import type { ColumnKey } from "../columns";
import { finding, type Finding } from "../finding";
import { fixAdvice, type Surface } from "../surface";
import {
  becomesSpace,
  describeCharacter,
  hasOuterWhitespace,
  INVISIBLE_OR_CONTROL,
  isWhitespaceCode,
  looksLikeFormula,
  REPLACEMENT_CHARACTER,
  withoutControlCharacters,
} from "../text";
import { isCanonicalLicense, isCanonicalRole } from "../spellings";
import { fixFor, quote, type RowRule } from "./rule";

// One cheap test per cell; only cells that pass it get the detailed checks below. It holds for
// every cell with something to report (a blank, =, +, - or @ first, a blank last, an invisible or
// control character, U+FFFD) and for few others: the ends are read as character codes, and the
// inside by one character class.
const INSIDE = new RegExp(`${INVISIBLE_OR_CONTROL.source.slice(0, -1)}${REPLACEMENT_CHARACTER}]`);

function mayNeedLook(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return (
    first <= 32 ||
    first === 61 ||
    first === 43 ||
    first === 45 ||
    first === 64 ||
    isWhitespaceCode(first) ||
    isWhitespaceCode(raw.charCodeAt(raw.length - 1)) ||
    INSIDE.test(raw)
  );
}

/** damaged-text: U+FFFD stands where a decoder met bytes that were not text; what they said is gone. */
export function damagedTextMessage(): string {
  return `This cell holds "${REPLACEMENT_CHARACTER}", the mark for characters lost when the text was saved or read in the wrong encoding. Retype what it should say.`;
}

/** whitespace, control-characters, damaged-text (names and values; the account has its own), formula-like. */
export const checkTextHygiene: RowRule = (row, rowNumber, _team, out, surface) => {
  // Column by column in the sheet's order (COLUMN_KEYS), each cell read once.
  const { account, group, displayName, licenseType, role } = row;
  if (account && !knownCleanAccount(account, rowNumber, out, surface) && mayNeedLook(account))
    checkCell(account, "account", rowNumber, out, surface);
  if (group && mayNeedLook(group)) checkCell(group, "group", rowNumber, out, surface);
  if (displayName && mayNeedLook(displayName)) checkCell(displayName, "displayName", rowNumber, out, surface);
  if (licenseType && !isCanonicalLicense(licenseType) && mayNeedLook(licenseType))
    checkCell(licenseType, "licenseType", rowNumber, out, surface);
  if (role && !isCanonicalRole(role) && mayNeedLook(role)) checkCell(role, "role", rowNumber, out, surface);
};

/**
 * Cells the column rules already proved clean, so the scan is skipped (it is the hot path of a
 * 100,000-row check): an account with no finding and no outer spaces is a valid address (no spaces or control
 * characters; only a formula-like first character is possible), and a canonical license type or
 * role is clean by definition.
 */
function knownCleanAccount(raw: string, rowNumber: number, out: Finding[], surface: Surface): boolean {
  if (raw.trim().length !== raw.length || hasFinding(out, rowNumber, "account")) return false;
  // No outer whitespace, so formula-like means =, +, - or @ first (looksLikeFormula).
  const first = raw.charCodeAt(0);
  if (first === 61 || first === 43 || first === 45 || first === 64) checkCell(raw, "account", rowNumber, out, surface);
  return true;
}

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
    out.push(
      finding(
        "whitespace",
        rowNumber,
        column,
        `${quote(raw)} has ${outerBlanks(raw)} at the start or end. ${fixAdvice(surface, "remove them")}`,
        trimmed,
      ),
    );
  }
  if (formula) {
    out.push(
      finding(
        "formula-like",
        rowNumber,
        column,
        `${quote(trimmed)} starts with "${trimmed.charAt(0)}", so a spreadsheet opening the file may run it as a formula. ` +
          "It is exported exactly as written; check that it is meant.",
      ),
    );
  }
}

function controlCharacters(raw: string, invisible: string, column: ColumnKey, rowNumber: number, surface: Surface): Finding {
  const fix = fixFor(raw, withoutControlCharacters(raw));
  const advice =
    fix === undefined
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
