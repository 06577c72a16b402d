// The pane's one polite live region. Fluent's MessageBar announces its text through the announce
// context when it appears (useMessageBar: `announce(message, { polite })`), and without a provider
// that announcement goes nowhere; this provider sends every announcement to one visually hidden
// role="status" region, so a result shown beside its button is also read out, once.
import { AnnounceProvider, makeStyles } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function PaneAnnouncer({ children }: { children: ReactNode }) {
  const styles = useStyles();
  // A counter alternates a zero-width space, so the same text twice is announced twice.
  const [said, setSaid] = useState({ text: "", n: 0 });
  const value = useMemo(() => ({ announce: (text: string) => setSaid((s) => ({ text, n: s.n + 1 })) }), []);
  return (
    <AnnounceProvider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="pane-announcer">
        {said.text ? `${said.text}${said.n % 2 ? "" : "\u200b"}` : ""}
      </div>
    </AnnounceProvider>
  );
}
