// Where a message is read. The pane (and the sheet's Status cells) has a Fix button; the command
// line has `invite-sheet fix`. Rules and export planning say the same things on both, in the words
// of the surface that shows them (issue #10: the CLI never says "Click Fix").
export type Surface = "pane" | "cli";

/** The sentence that offers a finding's automatic fix; `action` is an infinitive ("remove it"). */
export function fixAdvice(surface: Surface, action: string): string {
  return surface === "pane" ? `Click Fix to ${action}.` : `invite-sheet fix will ${action}.`;
}
