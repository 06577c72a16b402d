// What the pane says about the CSV path, in Splashtop's own terms, with where each statement comes
// from: what the web console does after the file is exported, and the Enterprise license note of
// the article. Texts only (and when the license note applies): the pane decides where to show them.
import type { InviteRow } from "./row";
import { parseLicenseType } from "./spellings";

export type ConsoleNote = {
  readonly title: string;
  readonly lines: readonly string[];
  /** Where each statement comes from (docs/splashtop-facts.md has the links). */
  readonly sources: readonly string[];
};

/** After Export CSV: what to do with the file, and what the console does next. */
export const AFTER_CSV_EXPORT: ConsoleNote = {
  title: "Next, in the Splashtop web console",
  lines: [
    "Go to Management > Users, click the invite users icon, and import this file.",
    "The console imports one file at a time: wait until this import has finished before importing another.",
    "When it has finished, the team's owner is emailed the results, with any rows that could not be invited (for example past the plan's user limit); the results are also listed under Logs / History.",
  ],
  sources: [
    "Invite users using CSV (article 40507055085467): the users page's invite icon; failed imports and invites notified by email",
    "Import SSO users using CSV (article 360052016792): one import at a time; results emailed to the owner and listed under Logs / History",
  ],
};

/**
 * The article's note for Splashtop Enterprise: imported users arrive with the Remote Access
 * license type, although the License type field exists.
 */
export const ENTERPRISE_LICENSE_WARNING: ConsoleNote = {
  title: "Splashtop Enterprise: check license types after the import",
  lines: [
    "The article says users imported by CSV arrive with the Remote Access license type, whatever the License type column says.",
    "On an Enterprise team, after the import change the people who need a Technician (Support) license to Technician in the console.",
  ],
  sources: ["Invite users using CSV (article 40507055085467), Notes / Troubleshooting"],
};

/** The Enterprise note matters when any row asks for a Support (Technician) license. */
export function needsEnterpriseLicenseWarning(rows: readonly InviteRow[]): boolean {
  return rows.some((row) => row.licenseType.trim() !== "" && parseLicenseType(row.licenseType) === "support");
}
