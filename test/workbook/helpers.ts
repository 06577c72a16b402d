// Shared by the workbook stories: a simulated workbook with the invite sheet, and an oracle that
// checks every cell of the table against the rules run from scratch on what the sheet holds.
import { createSimulatedExcel, type SimOptions, type SimulatedExcel } from "../../src/excel-sim";
import { cellsOfRow, COLUMN_KEYS, isSubmittedStatus as isSubmitted, resolveTeam, rowFromCells, validateSheet, type Finding, type InviteRow, type TeamProfile } from "../../src/invites";
import { ERROR_FILL, setUpSheet, statusText, TABLE_NAME, WARNING_FILL } from "../../src/workbook";

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

/**
 * Every cell of the table shows exactly what the rules say: fills on finding cells (error colour
 * wins), none elsewhere; Status = the findings' text, or a submit result left as it was.
 */
export function expectSheetMatchesRules(excel: SimulatedExcel, team: TeamProfile = {}): Finding[] {
  const { rows, statuses } = tableRows(excel);
  const findings = validateSheet(rows, resolveTeam(team), 2);
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
    const expected = isSubmitted(status) ? status : statusText(rowFindings);
    if (status !== expected) problems.push(`${STATUS_COL}${rowNumber}: "${status}", expected "${expected}"`);
  });
  expect(problems.slice(0, 10)).toEqual([]);
  return findings;
}
