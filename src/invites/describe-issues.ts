// Plain-words text for zod issues (zod/mini carries no message locale, and ours say what to do).
import type * as z from "zod/mini";

type Issue = z.core.$ZodIssue;

function where(issue: Issue): string {
  return issue.path.length ? issue.path.map(String).join(".") : "(top level)";
}

function what(issue: Issue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_type":
      return `should be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
    case "invalid_value":
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `should be at least ${String(issue.minimum)}`;
    case "too_big":
      return `should be at most ${String(issue.maximum)}`;
    case "invalid_format":
      return `should be a valid ${issue.format}`;
    default:
      return issue.message || "is not valid";
  }
}

/** "licenses.access: should be at least 0; inviterRole: should be one of ..." on one line. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${where(issue)}: ${what(issue)}`).join("; ");
}
