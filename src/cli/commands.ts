// check, fix and export as functions of what was read (the CSV, the team) to what is printed and
// written, so they run the same in a test as from a file; run* do the reading and writing.
import { exportCsv, writeCsv, type ExportOptions, type ImportedCsv } from "../csv";
import {
  countPeople,
  describeRows,
  exportRefusal,
  fixAll,
  isError,
  leftOutNote,
  planExport,
  validateSheet,
  type CheckOptions,
  type InviteRow,
  type ResolvedTeam,
} from "../invites";
import { checkReport, findingsTable, noticesText, plural, summaryLine } from "./report";
import { readCsv, readTeam } from "./read-inputs";
import { writeOutputPieces } from "./write-output";

export type Output = { stdout: string; stderr: string; exitCode: 0 | 1 | 2 };
/** A command's output, and the text of the file it writes (none when it refuses). */
export type Result = { output: Output; file?: string };
/** A command's output, and the rows it writes and how (none when it refuses): written in pieces. */
type Planned = { output: Output; csv?: { rows: readonly InviteRow[]; options: ExportOptions } };

function join(...parts: string[]): string {
  const text = parts.filter(Boolean).join("\n");
  return text ? `${text}\n` : "";
}

/** The CLI's words, and what reading the file found (rows with more values than columns). */
function checkOptions(csv: ImportedCsv): CheckOptions {
  return { surface: "cli", readFindings: csv.findings };
}

export function check(csv: ImportedCsv, team: ResolvedTeam, name: string, json: boolean): Output {
  const report = checkReport(csv.rows, validateSheet(csv.rows, team, csv.firstRow, checkOptions(csv)));
  const exitCode = report.errors ? 1 : 0;
  if (json) return { stdout: `${JSON.stringify(report)}\n`, stderr: "", exitCode };
  const table = report.findings.length ? findingsTable(report.findings) : "";
  return { stdout: join(noticesText(csv), summaryLine(name, report), table), stderr: "", exitCode };
}

/** Every safe fix to a fixed point (the pane's Fix all does the same); every row stays, in place. */
export function fix(csv: ImportedCsv, team: ResolvedTeam, out: string): Result {
  return withText(planFix(csv, team, out));
}

export function exportFile(csv: ImportedCsv, team: ResolvedTeam, out: string, options: { bom: boolean; skipInvalid: boolean }): Result {
  return withText(planExportFile(csv, team, out, options));
}

function planFix(csv: ImportedCsv, team: ResolvedTeam, out: string): Planned {
  const fixed = fixAll(csv.rows, team, csv.firstRow, checkOptions(csv));
  const errors = fixed.findings.filter(isError);
  const errorRows = [...new Set(errors.map((f) => f.row))];
  const remaining = errors.length
    ? ` ${plural(errors.length, "error")} still need${errors.length === 1 ? "s" : ""} you (${describeRows(errorRows)}): run invite-sheet check ${out}.`
    : "";
  const message = `Wrote ${out}: ${plural(countPeople(fixed.rows), "row")}, ${plural(fixed.cells, "cell")} fixed.${remaining}`;
  return {
    output: { stdout: join(noticesText(csv), message), stderr: "", exitCode: errorRows.length ? 1 : 0 },
    csv: { rows: fixed.rows, options: { extraValues: csv.extraValues } },
  };
}

function planExportFile(csv: ImportedCsv, team: ResolvedTeam, out: string, options: { bom: boolean; skipInvalid: boolean }): Planned {
  const findings = validateSheet(csv.rows, team, csv.firstRow, checkOptions(csv));
  const plan = planExport(csv.rows, findings, { skipInvalid: options.skipInvalid, firstRow: csv.firstRow });
  const refusal = exportRefusal(plan, "cli");
  if (refusal !== null || !plan.ok) {
    const errors = plan.ok ? "" : findingsTable(findings.filter(isError));
    return { output: { stdout: "", stderr: join(errors, refusal ?? ""), exitCode: 1 } };
  }
  return {
    output: {
      stdout: join(noticesText(csv), `Exported ${plural(plan.rows.length, "row")} to ${out}.${leftOutNote(plan)}`),
      stderr: "",
      exitCode: 0,
    },
    csv: { rows: plan.rows, options: { bom: options.bom } },
  };
}

function withText(planned: Planned): Result {
  const { output, csv } = planned;
  return csv ? { output, file: exportCsv(csv.rows, csv.options) } : { output };
}

export function runCheck(file: string, teamFile: string | undefined, json: boolean): Output {
  return check(readCsv(file), readTeam(teamFile), file, json);
}

export function runFix(file: string, out: string, teamFile: string | undefined): Output {
  return written(planFix(readCsv(file), readTeam(teamFile), out), out);
}

export function runExport(file: string, out: string, teamFile: string | undefined, bom: boolean, skipInvalid: boolean): Output {
  return written(planExportFile(readCsv(file), readTeam(teamFile), out, { bom, skipInvalid }), out);
}

/** Writes the planned file piece by piece (writeCsv): the whole text is never one string. */
function written(planned: Planned, out: string): Output {
  const { csv } = planned;
  if (csv) writeOutputPieces(out, (write) => writeCsv(csv.rows, csv.options, write));
  return planned.output;
}
