import { Button, makeStyles, shorthands, Text, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";

const useStyles = makeStyles({
  backdrop: {
    position: "absolute",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(0,0,0,0.15)",
  },
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "420px",
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow28,
    ...shorthands.borderRadius(tokens.borderRadiusLarge),
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

/** Excel's Stop alert for a typed value outside a cell's list: Retry edits again, Cancel drops the entry. */
export function ValidationAlert({
  title,
  message,
  onRetry,
  onCancel,
}: {
  title: string;
  message: string;
  onRetry: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const titleId = useId();
  const retry = useRef<HTMLButtonElement>(null);
  useEffect(() => retry.current?.focus(), []);
  return (
    <div className={styles.backdrop}>
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={styles.box}
        onKeyDown={(e) => e.key === "Escape" && onCancel()}
      >
        <Text id={titleId} weight="semibold" size={400}>
          {title}
        </Text>
        <Text>{message}</Text>
        <div className={styles.buttons}>
          <Button ref={retry} appearance="primary" onClick={onRetry}>
            Retry
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      </div>
    </div>
  );
}
