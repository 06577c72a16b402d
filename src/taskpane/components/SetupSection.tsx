import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  button: { alignSelf: "flex-start" },
});

/** First run: what Set up sheet does, and (children) its result or problem right below the button. Once set up, the button moves to the toolbar (it is idempotent). */
export function SetupSection({
  sheetReady,
  busy,
  onSetUp,
  children,
}: {
  sheetReady: boolean;
  busy: boolean;
  onSetUp: () => void;
  children?: ReactNode;
}) {
  const styles = useStyles();
  if (sheetReady) return null;
  return (
    <section className={styles.root} aria-label="Get started">
      <Text as="p">
        Set up a sheet with the five columns Splashtop&apos;s import expects (Splashtop account, Group, Display name, License type, Role)
        and a Status column. Then type or paste people into it; mistakes are marked as you go.
      </Text>
      <Button className={styles.button} appearance="primary" disabled={busy} onClick={onSetUp}>
        Set up sheet
      </Button>
      {children}
    </section>
  );
}
