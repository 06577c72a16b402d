// The pane's words for rows below the invite list that hold data: people the user sees in the
// sheet but that the list (and so export and submit) does not have until they are included.
import { describeRows } from "../invites";

/** The button that brings such rows into the list: "Include it" for one row, "Include them" for more. */
export function includeLabel(rowNumbers: readonly number[]): string {
  return rowNumbers.length === 1 ? "Include it" : "Include them";
}

/** Why export or submit waits. */
export function outsideReason(rowNumbers: readonly number[], action: "Export" | "Submit"): string {
  const one = rowNumbers.length === 1;
  const them = one ? "it" : "them";
  return (
    `${action} waits: ${describeRows(rowNumbers)} ${one ? "is" : "are"} below the invite list, so ${one ? "it is" : "they are"} not in it. ` +
    `Click ${includeLabel(rowNumbers)} to add ${them} to the list, or clear ${them}.`
  );
}

/** The pane's warning while such rows exist: "Rows 7, 9 are below the invite list and are not checked, exported or sent." */
export function outsideWarning(rowNumbers: readonly number[]): string {
  const one = rowNumbers.length === 1;
  const rows = describeRows(rowNumbers);
  return `${rows.charAt(0).toUpperCase()}${rows.slice(1)} ${one ? "is" : "are"} below the invite list and ${one ? "is" : "are"} not checked, exported or sent.`;
}
