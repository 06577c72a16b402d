// The pane's words for rows below the invite list that hold data: people the user sees in the
// sheet but that the list (and so export and submit) does not have until they are included.
import { describeRows } from "../invites";

/** Why export or submit waits. */
export function outsideReason(rowNumbers: readonly number[], action: "Export" | "Submit"): string {
  const one = rowNumbers.length === 1;
  return `${action} waits: ${describeRows(rowNumbers)} ${one ? "is" : "are"} below the invite list, so ${one ? "it is" : "they are"} not in it. ` +
    "Click Include them to add them to the list, or clear them.";
}
