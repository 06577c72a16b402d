// Findings grouped by rule, in the RULES catalog's order (errors first, as the catalog lists them).
import { RULES, type Finding, type FindingCode } from "../../invites";

export interface FindingGroup {
  code: FindingCode;
  title: string;
  severity: "error" | "warning";
  findings: Finding[];
  fixable: number;
}

const ORDER = Object.keys(RULES) as FindingCode[];

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  return ORDER.filter((code) => byCode.has(code)).map((code) => {
    const list = byCode.get(code) ?? [];
    return {
      code,
      title: RULES[code].title,
      severity: RULES[code].severity,
      findings: list,
      fixable: list.filter((f) => f.fix !== undefined && f.column !== null).length,
    };
  });
}
