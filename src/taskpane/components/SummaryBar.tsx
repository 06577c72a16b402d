import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SummaryCounts } from "../pane-model";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(64px, 1fr))", gap: tokens.spacingHorizontalXS, margin: 0 },
  stat: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground2, margin: 0 },
  value: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  note: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

function Stat({ label, value, tone }: { label: string; value: number; tone?: string | undefined }) {
  const styles = useStyles();
  return (
    <div className={styles.stat}>
      <dt className={styles.label}>
        <Caption1>{label}</Caption1>
      </dt>
      <dd className={styles.value}>
        <Text size={500} weight="semibold" className={tone}>
          {value.toLocaleString()}
        </Text>
      </dd>
    </div>
  );
}

/**
 * Every number counts rows, so they add up: Ready + With errors = Rows (a row with three
 * problems counts once). Not a live region: the pane announces action results, not every keystroke's count.
 */
export function SummaryBar({ summary }: { summary: SummaryCounts | null }) {
  const styles = useStyles();
  if (!summary) return null;
  return (
    <section aria-label="Summary">
      <dl className={styles.root}>
        <Stat label="Rows" value={summary.rows} />
        <Stat label="Ready" value={summary.ready} tone={summary.ready > 0 ? styles.ok : undefined} />
        <Stat label="With errors" value={summary.withErrors} tone={summary.withErrors > 0 ? styles.error : undefined} />
        <Stat label="With warnings" value={summary.withWarnings} tone={summary.withWarnings > 0 ? styles.warning : undefined} />
      </dl>
      <Caption1 className={styles.note}>
        Rows counted once each. Rows with only warnings are ready.
        {summary.submitted
          ? ` ${summary.submitted.toLocaleString()} ${summary.submitted === 1 ? "row has" : "rows have"} a submit result in Status.`
          : ""}
      </Caption1>
    </section>
  );
}
