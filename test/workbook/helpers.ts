// Shared by the workbook stories: a simulated workbook with the invite sheet, and an oracle that
// checks every cell of the table against the rules run from scratch on what the sheet holds.
import { createSimulatedExcel, type SimOptions, type SimulatedExcel } from "../../src/excel-sim";
import {
  cellsOfRow,
  COLUMN_KEYS,
  recordFromCells,
  recordKey,
  recordMatches,
  recordStatusText,
  resolveTeam,
  rowFingerprint,
  rowFromCells,
  validateSheet,
  type Finding,
  type InviteRow,
  type RowStatus,
  type SubmitRecord,
  type TeamProfile,
} from "../../src/invites";
import { ERROR_FILL, LISTS_SHEET_NAME, setUpSheet, statusText, TABLE_NAME, WARNING_FILL } from "../../src/workbook";

export const SHEET = "Invites";
export const STATUS_COL = "F";
const LETTERS = ["A", "B", "C", "D", "E", "F"];

export function letterOf(column: Finding["column"]): string {
  return LETTERS[column === null ? 5 : COLUMN_KEYS.indexOf(column)] as string;
}

export async function setUp(options: SimOptions = {}, team?: TeamProfile): Promise<SimulatedExcel> {
  const excel = createSimulatedExcel(options);
  await setUpSheet(excel.run, team ? { team } : {});
  return excel;
}

/** Rows as pasted text: the five fields in the table's order. */
export function grid(rows: readonly InviteRow[]): string[][] {
  return rows.map(cellsOfRow);
}

/** The table's data rows as the sheet holds them (created layout: A..E fields, F Status). */
export function tableRows(excel: SimulatedExcel): { rows: InviteRow[]; statuses: string[] } {
  const info = excel.user.table(TABLE_NAME);
  if (!info) throw new Error("no invite table");
  const values = excel.user.values(info.address).slice(1);
  return {
    rows: values.map((v) => rowFromCells(v.slice(0, 5).map((x) => String(x)))),
    statuses: values.map((v) => String(v[5] ?? "")),
  };
}

/** The submit records the workbook keeps (hidden lists sheet, columns C:I), read as a user's macro would. */
export function storedRecords(excel: SimulatedExcel): Map<string, SubmitRecord> {
  const out = new Map<string, SubmitRecord>();
  if (!excel.user.sheetNames().includes(LISTS_SHEET_NAME)) return out;
  const used = excel.user.usedRange(LISTS_SHEET_NAME);
  const last = used ? Number(/(\d+)$/.exec(used)?.[1] ?? 1) : 1;
  for (const row of excel.user.values(`${LISTS_SHEET_NAME}!C2:I${Math.max(2, last)}`)) {
    const record = recordFromCells(row.map((v) => String(v ?? "")));
    if (record) out.set(recordKey(record.account), record);
  }
  return out;
}

/** What a row's Status must say: its result while it still matches, else a note and its findings. */
function expectedStatus(
  rows: readonly InviteRow[],
  i: number,
  findings: readonly Finding[],
  records: Map<string, SubmitRecord>,
  firstOf: Map<string, number>,
): string {
  const row = rows[i] as InviteRow;
  const key = recordKey(row.account);
  const record = key ? records.get(key) : undefined;
  const text = record && firstOf.get(key) === i ? recordStatusText(record, row) : null;
  if (text !== null && record && recordMatches(record, row)) return text;
  const found = statusText(findings);
  return text === null ? found : found ? `${text} | ${found}` : text;
}

/**
 * Every cell of the table shows exactly what the rules say: fills on finding cells (error colour
 * wins), none elsewhere; Status = the findings' text, or the row's submit result while it matches.
 */
export function expectSheetMatchesRules(excel: SimulatedExcel, team: TeamProfile = {}): Finding[] {
  const { rows, statuses } = tableRows(excel);
  const records = storedRecords(excel);
  const firstOf = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = recordKey(r.account);
    if (key && !firstOf.has(key)) firstOf.set(key, i);
  });
  // Someone the workbook invited is not "already a member" on their own row (it says Invited).
  const invited = [...records.values()].filter((r) => r.result.kind === "invited").map((r) => r.account);
  const checked = {
    ...team,
    existingMembers: (team.existingMembers ?? []).filter((m) => !invited.some((a) => recordKey(a) === recordKey(m))),
  };
  const findings = validateSheet(rows, resolveTeam(checked), 2);
  const byRow = new Map<number, Finding[]>();
  for (const f of findings) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  const problems: string[] = [];
  rows.forEach((_, i) => {
    const rowNumber = i + 2;
    const rowFindings = byRow.get(rowNumber) ?? [];
    const want = new Map<string, string>();
    for (const f of rowFindings) {
      const letter = letterOf(f.column);
      if (f.severity === "error" || !want.has(letter)) want.set(letter, f.severity === "error" ? ERROR_FILL : WARNING_FILL);
    }
    for (const letter of LETTERS) {
      const fill = excel.user.fill(`${SHEET}!${letter}${rowNumber}`);
      const expected = want.get(letter);
      if (fill !== expected) problems.push(`${letter}${rowNumber}: fill ${fill ?? "none"}, expected ${expected ?? "none"}`);
    }
    const status = statuses[i] as string;
    const expected = expectedStatus(rows, i, rowFindings, records, firstOf);
    if (status !== expected) problems.push(`${STATUS_COL}${rowNumber}: "${status}", expected "${expected}"`);
  });
  expect(problems.slice(0, 10)).toEqual([]);
  return findings;
}

/** A submit record for `account` as sent with the other fields of `sent` (blank by default). */
export function record(account: string, result: RowStatus, sent: Partial<InviteRow> = {}): SubmitRecord {
  const row: InviteRow = { account, group: "", displayName: "", licenseType: "", role: "", ...sent };
  return {
    account,
    fingerprint: rowFingerprint(row),
    result,
    retry: result.kind === "failed" ? "if-team-changes" : "no",
    attempt: "test-run",
    team: "",
    at: "2026-12-01T09:00:00Z",
  };
}
