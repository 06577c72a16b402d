// A team profile file (the CLI's --team JSON) read in the pane, with problems in plain words that
// name the field.
import { TeamProfileSchema, type TeamProfile } from "../invites";

export type TeamFileResult = { ok: true; profile: TeamProfile } | { ok: false; error: string };

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  expected?: string;
}

const EXPECTED: Record<string, string> = {
  number: "a number",
  string: "text",
  boolean: "true or false",
  array: "a list in [ ]",
  object: "an object in { }",
};

function fieldName(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
    .join(".")
    .replace(/\.\[/g, "[");
}

function describeIssue(issue: Issue): string {
  const field = fieldName(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = (issue.keys ?? []).map((k) => `"${field ? `${field}.` : ""}${k}"`).join(", ");
    return `Unknown field ${keys}: the file may be for another tool, or the name is misspelled.`;
  }
  const where = field ? `The field "${field}"` : "The file";
  if (issue.code === "invalid_value" && issue.values) return `${where} must be one of: ${issue.values.map(String).join(", ")}.`;
  if (issue.code === "invalid_type" && issue.expected) {
    const nullable = field.startsWith("licenses.") ? " (or null for no limit)" : "";
    return `${where} must be ${EXPECTED[issue.expected] ?? issue.expected}${nullable}.`;
  }
  if (issue.code === "too_small" || issue.code === "too_big") return `${where} is out of range: ${issue.message}.`;
  return `${where}: ${issue.message}.`;
}

export function parseTeamFile(text: string): TeamFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The team file is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = TeamProfileSchema.safeParse(json);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return { ok: false, error: parsed.error.issues.map((issue) => describeIssue(issue as unknown as Issue)).join(" ") };
}
