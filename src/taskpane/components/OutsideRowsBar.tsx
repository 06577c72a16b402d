// People the user can see below the invite list that the list does not have: said beside the
// summary (and beside Submit), with the one way to bring them in. Export and Submit refuse while
// they are out, so nobody visible is silently left out of a file or a send.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { describeRows } from "../../invites";
import { includeLabel, outsideWarning } from "../outside-rows";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
});

/** "Include them in the list (rows 7, 9)": the visible text starts the name (WCAG 2.5.3), the rows say what it acts on. */
function includeButtonName(rowNumbers: readonly number[]): string {
  return `${includeLabel(rowNumbers)} in the list (${describeRows(rowNumbers)})`;
}

export function OutsideRowsBar({ rowNumbers, busy, onInclude }: { rowNumbers: readonly number[]; busy: boolean; onInclude: () => void }) {
  const styles = useStyles();
  if (rowNumbers.length === 0) return null;
  return (
    // Polite: it appears while the person types (a warning bar is assertive by default).
    <MessageBar intent="warning" layout="multiline" politeness="polite">
      <MessageBarBody className={styles.body}>{outsideWarning(rowNumbers)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={busy} aria-label={includeButtonName(rowNumbers)} onClick={onInclude}>
          {includeLabel(rowNumbers)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
