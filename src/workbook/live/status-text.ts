// What the Status cell says when the row has no submit result: the findings' own messages (they
// already say what is wrong and how to fix it), errors first.
import { EXPORT_HEADERS, type Finding } from "../../invites";

/** Excel's limit on the characters in one cell. */
const CELL_LIMIT = 32_767;

function label(f: Finding): string {
  const kind = f.severity === "error" ? "Error" : "Warning";
  return f.column === null ? kind : `${kind} in ${EXPORT_HEADERS[f.column]}`;
}

/** "Error in Splashtop account: ... | Warning in Group: ..." ("" when the row has no findings). */
export function statusText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "";
  const ordered = [...findings.filter((f) => f.severity === "error"), ...findings.filter((f) => f.severity !== "error")];
  const text = ordered.map((f) => `${label(f)}: ${f.message}`).join(" | ");
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 3)}...` : text;
}
