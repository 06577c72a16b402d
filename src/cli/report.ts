import type { ImportedCsv } from "../csv";
import { countFindings, EXPORT_HEADERS, type Finding, type InviteRow } from "../invites";

export type CheckReport = { rows: number; errors: number; warnings: number; findings: Finding[] };

export function checkReport(rows: readonly InviteRow[], findings: Finding[]): CheckReport {
  const counts = countFindings(rows, findings);
  return { rows: counts.rows, errors: counts.errors, warnings: counts.warnings, findings };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

export function summaryLine(file: string, report: CheckReport): string {
  return `${file}: ${plural(report.rows, "row")}, ${plural(report.errors, "error")}, ${plural(report.warnings, "warning")}`;
}

/** A readable table: one line per finding, columns padded to fit. */
export function findingsTable(findings: readonly Finding[]): string {
  const header = ["Row", "Column", "Severity", "Code", "Message"];
  const lines = findings.map((f) => [String(f.row), f.column ? EXPORT_HEADERS[f.column] : "(row)", f.severity, f.code, f.message]);
  const widths = header.slice(0, 4).map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c)).join("  ").trimEnd();
  return [format(header), ...lines.map(format)].join("\n");
}

export function noticesText(csv: ImportedCsv): string {
  return csv.notices.map((n) => `note: ${n}`).join("\n");
}
