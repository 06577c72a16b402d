import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Summary } from "../pane-model";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  stat: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  note: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

function Stat({ label, value, tone }: { label: string; value: number; tone?: string | undefined }) {
  const styles = useStyles();
  return (
    <div className={styles.stat}>
      <dt className={styles.label}><Caption1>{label}</Caption1></dt>
      <dd className={styles.value}><Text size={500} weight="semibold" className={tone}>{value.toLocaleString()}</Text></dd>
    </div>
  );
}

/** Rows, ready, errors, warnings; announced politely as they change. */
export function SummaryBar({ summary }: { summary: Summary | null }) {
  const styles = useStyles();
  if (!summary) return null;
  return (
    <section aria-label="Summary" aria-live="polite">
      <dl className={styles.root}>
        <Stat label="Rows" value={summary.rows} />
        <Stat label="Ready" value={summary.ready} tone={summary.ready > 0 ? styles.ok : undefined} />
        <Stat label="Errors" value={summary.errors} tone={summary.errors > 0 ? styles.error : undefined} />
        <Stat label="Warnings" value={summary.warnings} tone={summary.warnings > 0 ? styles.warning : undefined} />
      </dl>
      {summary.submitted ? (
        <Caption1 className={styles.note}>
          {summary.submitted.toLocaleString()} {summary.submitted === 1 ? "row has" : "rows have"} a submit result in Status.
        </Caption1>
      ) : null}
    </section>
  );
}
