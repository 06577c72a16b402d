// One of the CSV path's notes in Splashtop's own terms (src/invites/console-notes.ts): a title, its
// statements as a list, and where they come from, so the user can tell a Splashtop fact from ours.
import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { ConsoleNote } from "../../invites/console-notes";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  source: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** Named by its title (Fluent's MessageBar is a group labelled by MessageBarTitle). */
export function ConsoleNoteBar({ note, intent }: { note: ConsoleNote; intent: "info" | "warning" }) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" politeness="polite">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{note.title}</MessageBarTitle>
        <ul className={styles.list}>
          {note.lines.map((line) => <li key={line}>{line}</li>)}
        </ul>
        <Caption1 className={styles.source}>Source: Splashtop help centre, {note.sources.join("; ")}.</Caption1>
      </MessageBarBody>
    </MessageBar>
  );
}
