import { exportCsv, type ImportedCsv } from "../csv";
import {
  applyFixes,
  describeRows,
  isError,
  planExport,
  validateSheet,
  type InviteRow,
  type Team,
} from "../invites";
import { checkReport, findingsTable, noticesText, summaryLine } from "./report";
import { readCsv, readTeam } from "./read-inputs";
import { writeOutput } from "./write-output";

export type Output = { stdout: string; stderr: string; exitCode: 0 | 1 | 2 };

function load(file: string, teamFile: string | undefined): { csv: ImportedCsv; team: Team } {
  return { csv: readCsv(file), team: readTeam(teamFile) };
}

function join(...parts: string[]): string {
  const text = parts.filter(Boolean).join("\n");
  return text ? `${text}\n` : "";
}

export function runCheck(file: string, teamFile: string | undefined, json: boolean): Output {
  const { csv, team } = load(file, teamFile);
  const report = checkReport(csv.rows, validateSheet(csv.rows, team, csv.firstRow));
  const exitCode = report.errors ? 1 : 0;
  if (json) return { stdout: `${JSON.stringify(report)}\n`, stderr: "", exitCode };
  const table = report.findings.length ? findingsTable(report.findings) : "";
  return { stdout: join(noticesText(csv), summaryLine(file, report), table), stderr: "", exitCode };
}

export function runFix(file: string, out: string, teamFile: string | undefined): Output {
  const { csv, team } = load(file, teamFile);
  const before = validateSheet(csv.rows, team, csv.firstRow);
  const { rows, applied } = fixUntilStable(csv.rows, team, csv.firstRow, before);
  writeOutput(out, exportCsv(rows));
  const remaining = validateSheet(rows, team, csv.firstRow).filter(isError);
  const remainingRows = [...new Set(remaining.map((f) => f.row))];
  const message = `Wrote ${out}: ${applied} fix${applied === 1 ? "" : "es"} applied to ${rows.length} rows.` +
    (remaining.length ? ` ${remaining.length} errors still need you (${describeRows(remainingRows)}): run invite-sheet check ${out}.` : "");
  return { stdout: join(noticesText(csv), message), stderr: "", exitCode: remaining.length ? 1 : 0 };
}

/** A fix can reveal another (trim, then a spelling); stop when nothing changes. */
function fixUntilStable(rows: InviteRow[], team: Team, firstRow: number, first: ReturnType<typeof validateSheet>) {
  let current = rows;
  let findings = first;
  let applied = 0;
  for (let round = 0; round < 3; round++) {
    const fixable = findings.filter((f) => f.fix !== undefined);
    if (!fixable.length) break;
    current = applyFixes(current, fixable, firstRow);
    applied += fixable.length;
    findings = validateSheet(current, team, firstRow);
  }
  return { rows: current, applied };
}

export function runExport(file: string, out: string, teamFile: string | undefined, bom: boolean, skipInvalid: boolean): Output {
  const { csv, team } = load(file, teamFile);
  const findings = validateSheet(csv.rows, team, csv.firstRow);
  const plan = planExport(csv.rows, findings, { skipInvalid, firstRow: csv.firstRow });
  if (!plan.ok) {
    const errors = findings.filter(isError);
    return {
      stdout: "",
      stderr: join(findingsTable(errors), `Not exported: ${describeRows(plan.rowsWithErrors)} ${plan.rowsWithErrors.length === 1 ? "has" : "have"} errors. Fix them, or add --skip-invalid to leave those rows out.`),
      exitCode: 1,
    };
  }
  writeOutput(out, exportCsv(plan.rows, { bom }));
  const skipped = plan.skipped.length ? ` Left out ${describeRows(plan.skipped)} (errors).` : "";
  return { stdout: join(noticesText(csv), `Exported ${plan.rows.length} rows to ${out}.${skipped}`), stderr: "", exitCode: 0 };
}


