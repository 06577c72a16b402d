// One of the CSV path's notes in Splashtop's own terms (src/invites/console-notes.ts): a title, its
// statements as a list, and where they come from, so the user can tell a Splashtop fact from ours.
import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { ConsoleNote } from "../../invites";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  source: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** "Source: Splashtop help centre, Invite users using CSV (article 40507055085467)": each source's article, without the detail after its colon. */
function sourcesText(sources: readonly string[]): string {
  const articles = [...new Set(sources.map((source) => source.split(":")[0]?.trim() ?? source))];
  return `${articles.length === 1 ? "Source" : "Sources"}: Splashtop help centre, ${articles.join("; ")}.`;
}

/** Named by its title (Fluent's MessageBar is a group labelled by MessageBarTitle). */
export function ConsoleNoteBar({ note, intent }: { note: ConsoleNote; intent: "info" | "warning" }) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" politeness="polite">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{note.title}</MessageBarTitle>
        <ul className={styles.list}>
          {note.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <Caption1 className={styles.source}>{sourcesText(note.sources)}</Caption1>
      </MessageBarBody>
    </MessageBar>
  );
}
