import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS },
  caption: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader() {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Subtitle1 as="h1">Invite Sheet</Subtitle1>
      <Caption1 className={styles.caption}>Build a Splashtop invite list that imports on the first try.</Caption1>
    </header>
  );
}
