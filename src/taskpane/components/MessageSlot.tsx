// Where an action's result appears: right beside the button that started it. When the action
// took focus away (its button was disabled while it ran, or is gone: Set up sheet, a finding's
// Fix), focus lands on the result, so the keyboard user hears it and goes on from there.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { MessageSource, PaneMessage } from "../pane-model";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  bar: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

/** Focus is nowhere useful: on the page, on a button that got disabled, or on one that is gone. */
export function focusLost(doc: Document = document): boolean {
  const active = doc.activeElement as (HTMLElement & { disabled?: boolean }) | null;
  return !active || active === doc.body || active.disabled === true || !active.isConnected;
}

export function MessageSlot({
  message,
  source,
  onDismiss,
  onUndo,
}: {
  message: PaneMessage | null;
  /** The part of the pane this slot sits in (a message of another part is not shown here). */
  source: MessageSource | readonly MessageSource[];
  onDismiss: () => void;
  onUndo?: (() => void) | undefined;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const mine = message && (typeof source === "string" ? message.source === source : source.includes(message.source)) ? message : null;
  const id = mine?.id;
  useEffect(() => {
    if (id !== undefined && focusLost()) ref.current?.focus();
  }, [id]);
  if (!mine) return null;
  return (
    <MessageBar
      key={mine.id}
      ref={ref}
      tabIndex={-1}
      className={styles.bar}
      intent={mine.intent}
      layout="multiline"
      politeness={mine.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody className={styles.body}>{mine.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={mine.intent === "error" ? "Dismiss error" : "Dismiss message"}
            onClick={onDismiss}
          >
            ✕
          </Button>
        }
      >
        {mine.undo && onUndo ? (
          <Button size="small" onClick={onUndo}>
            {mine.undo}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
