// zod/mini: the same schemas with a tree-shakable API, so the CLI starts without loading all of zod.
import * as z from "zod/mini";
import { COLUMN_KEYS } from "./columns";

/** Every rule's stable code, its severity, and the title the pane groups findings under. */
export const RULES = {
  "missing-account": { severity: "error", title: "Missing Splashtop account" },
  "invalid-email": { severity: "error", title: "Not a valid email address" },
  "control-characters": { severity: "error", title: "Invisible or control characters" },
  "damaged-text": { severity: "error", title: "Characters lost in a conversion" },
  "extra-values": { severity: "error", title: "More values than columns" },
  "duplicate-account": { severity: "error", title: "Same account twice" },
  "already-member": { severity: "error", title: "Already a team member" },
  "unknown-license-type": { severity: "error", title: "Unknown license type" },
  "license-not-in-plan": { severity: "error", title: "License type not in your plan" },
  "seat-limit": { severity: "error", title: "No seats left" },
  "unknown-role": { severity: "error", title: "Role cannot be set by CSV" },
  "admin-not-allowed": { severity: "error", title: "You cannot assign Admin" },
  "group-is-computer-group": { severity: "error", title: "Group name used by a computer group" },
  "user-groups-unsupported": { severity: "error", title: "Plan has no user groups" },
  "group-limit": { severity: "error", title: "Too many groups" },
  "formula-like": { severity: "warning", title: "Looks like a formula" },
  whitespace: { severity: "warning", title: "Extra spaces" },
  "non-canonical": { severity: "warning", title: "Spelling differs" },
  "new-group": { severity: "warning", title: "New group will be created" },
  "name-too-long": { severity: "warning", title: "Very long name" },
} as const satisfies Record<string, { severity: "error" | "warning"; title: string }>;

export type FindingCode = keyof typeof RULES;
const FINDING_CODES = Object.keys(RULES) as [FindingCode, ...FindingCode[]];

export const FindingSchema = z.object({
  row: z.number().check(z.int(), z.minimum(1)),
  column: z.nullable(z.enum(COLUMN_KEYS)),
  code: z.enum(FINDING_CODES),
  severity: z.enum(["error", "warning"]),
  message: z.string().check(z.minLength(1)),
  fix: z.optional(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;

export function finding(code: FindingCode, row: number, column: Finding["column"], message: string, fix?: string): Finding {
  const result: Finding = { row, column, code, severity: RULES[code].severity, message };
  if (fix !== undefined) result.fix = fix;
  return result;
}

export function isError(f: Finding): boolean {
  return f.severity === "error";
}
