import type { ImportedCsv } from "../csv";
import { countFindings, EXPORT_HEADERS, type Finding, type InviteRow } from "../invites";

/** `rows` counts people (non-blank rows): the number an export of a clean file reports. */
export type CheckReport = { rows: number; errors: number; warnings: number; findings: Finding[] };

export function checkReport(rows: readonly InviteRow[], findings: Finding[]): CheckReport {
  const counts = countFindings(rows, findings);
  return { rows: counts.rows, errors: counts.errors, warnings: counts.warnings, findings };
}

export function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * A count with a comma between groups of three digits, as toLocaleString("en-US") writes it:
 * the first toLocaleString call loads ICU's number formats, about 20 ms of a command's start.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString("en-US");
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

export function summaryLine(file: string, report: CheckReport): string {
  return `${file}: ${plural(report.rows, "row")}, ${plural(report.errors, "error")}, ${plural(report.warnings, "warning")}`;
}

const HEADER = ["Row", "Column", "Severity", "Code", "Message"] as const;

/**
 * A readable table: one line per finding, columns padded to fit. Built with loops, never by
 * spreading the findings into a call (200,000 of them would overflow the stack).
 */
export function findingsTable(findings: readonly Finding[]): string {
  const cells = (f: Finding) => [String(f.row), f.column ? EXPORT_HEADERS[f.column] : "(row)", f.severity, f.code] as const;
  const widths: number[] = HEADER.slice(0, 4).map((h) => h.length);
  for (const f of findings) {
    cells(f).forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length);
    });
  }
  const line = (first: readonly string[], message: string) =>
    `${first.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ")}  ${message}`.trimEnd();
  const lines = [line(HEADER.slice(0, 4), HEADER[4])];
  for (const f of findings) lines.push(line(cells(f), f.message));
  return lines.join("\n");
}

export function noticesText(csv: ImportedCsv): string {
  return csv.notices.map((n) => `note: ${n}`).join("\n");
}
