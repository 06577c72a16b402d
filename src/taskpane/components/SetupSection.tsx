import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** First run: what Set up sheet does. Once set up, the button stays available (it is idempotent). */
export function SetupSection({ sheetReady, busy, onSetUp }: { sheetReady: boolean; busy: boolean; onSetUp: () => void }) {
  const styles = useStyles();
  if (sheetReady) return null;
  return (
    <section className={styles.root} aria-label="Get started">
      <Text as="p">
        Set up a sheet with the five columns Splashtop&apos;s import expects (Splashtop account, Group, Display name,
        License type, Role) and a Status column. Then type or paste people into it; mistakes are marked as you go.
      </Text>
      <Button appearance="primary" disabled={busy} onClick={onSetUp}>Set up sheet</Button>
    </section>
  );
}
