// The Status cell's text after a submit, written by the workbook layer exactly as formatted here
// and read back on the next run, so a re-run knows which rows are done. Pure: no I/O.
import * as z from "zod/mini";

export const RowStatusSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("invited") }),
  z.object({ kind: z.literal("failed"), reason: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal("skipped"), reason: z.string().check(z.minLength(1)) }),
]);
export type RowStatus = z.infer<typeof RowStatusSchema>;

const INVITED = "Invited";
const FAILED = "Failed: ";
const SKIPPED = "Skipped: ";

/**
 * The reason given when a request was sent and no answer came back, so Splashtop may or may not
 * have invited the row. A re-run recognises it and checks the team's users before sending again.
 */
export const UNCONFIRMED_REASON =
  "no answer from Splashtop, so it is not known whether this row was invited; Submit again to check and finish it";

/** A Status cell holds one line: line breaks and runs of spaces in a reason become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function formatRowStatus(status: RowStatus): string {
  switch (status.kind) {
    case "invited":
      return INVITED;
    case "failed":
      return `${FAILED}${oneLine(status.reason)}`;
    case "skipped":
      return `${SKIPPED}${oneLine(status.reason)}`;
  }
}

/** The status a cell holds, or null for anything else (blank, a validation message, user text). */
export function parseRowStatus(text: string | null | undefined): RowStatus | null {
  if (typeof text !== "string") return null;
  const value = text.trim();
  if (value === INVITED) return { kind: "invited" };
  const failed = reasonAfter(value, FAILED);
  if (failed !== null) return { kind: "failed", reason: failed };
  const skipped = reasonAfter(value, SKIPPED);
  if (skipped !== null) return { kind: "skipped", reason: skipped };
  return null;
}

function reasonAfter(value: string, prefix: string): string | null {
  if (!value.startsWith(prefix)) return null;
  const reason = value.slice(prefix.length).trim();
  return reason.length > 0 ? reason : null;
}

/** True when a Status text is a submit result (Invited / Failed: ... / Skipped: ...). */
export function isSubmittedStatus(text: string | null | undefined): boolean {
  return parseRowStatus(text) !== null;
}

export function isInvitedStatus(text: string | null | undefined): boolean {
  return parseRowStatus(text)?.kind === "invited";
}

/** A failure whose outcome is unknown (see UNCONFIRMED_REASON): check before sending again. */
export function isUnconfirmedStatus(text: string | null | undefined): boolean {
  const status = parseRowStatus(text);
  return status !== null && isUnconfirmed(status);
}

/** A result whose outcome is unknown (see UNCONFIRMED_REASON). */
export function isUnconfirmed(result: RowStatus): boolean {
  return result.kind === "failed" && result.reason === UNCONFIRMED_REASON;
}
