import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Progress } from "../pane-model";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

function hint(progress: Progress): string | undefined {
  if (progress.total === null || progress.total === 0) return undefined;
  return `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`;
}

/** Long work: a bar (indeterminate until the total is known) and Cancel where the work can stop. */
export function ProgressPanel({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const styles = useStyles();
  if (!progress) return null;
  const value = progress.total ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={progress.label} hint={hint(progress)} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      {progress.cancellable ? <Button onClick={onCancel}>Cancel</Button> : null}
    </div>
  );
}
