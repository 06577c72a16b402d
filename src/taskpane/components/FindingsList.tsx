import { Badge, Button, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { memo, useDeferredValue, useMemo, useState, type ReactNode } from "react";
import type { Finding } from "../../invites";
import { groupFindings, type FindingGroup } from "./findings-groups";
import { FindingItem } from "./FindingItem";

const PAGE = 25;
const MORE = PAGE * 4;

/** "Show 1 more", "Show 20 more" (all that is left), "Show 100 more (250 not shown)". */
export function showMoreText(rest: number): string {
  if (rest <= MORE) return `Show ${rest.toLocaleString()} more`;
  return `Show ${MORE.toLocaleString()} more (${rest.toLocaleString()} not shown)`;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupTitle: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  empty: { color: tokens.colorNeutralForeground3 },
});

interface Handlers {
  busy: boolean;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
}

const Group = memo(function Group({ group, busy, onSelect, onFix }: { group: FindingGroup } & Handlers) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const headingId = `findings-${group.code}`;
  const rest = group.findings.length - shown;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 className={styles.groupTitle} id={headingId}>
        <Subtitle2>{group.title}</Subtitle2>
        <Badge
          appearance="tint"
          color={group.severity === "error" ? "danger" : "warning"}
          aria-label={`${group.findings.length} ${group.severity === "error" ? (group.findings.length === 1 ? "error" : "errors") : group.findings.length === 1 ? "warning" : "warnings"}`}
        >
          {group.findings.length.toLocaleString()}
        </Badge>
      </h3>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((f, i) => (
          <FindingItem key={`${f.row}:${f.column ?? ""}:${i}`} finding={f} disabled={busy} onSelect={onSelect} onFix={onFix} />
        ))}
      </ul>
      {rest > 0 ? (
        <Button appearance="transparent" size="small" onClick={() => setShown(shown + MORE)}>
          {showMoreText(rest)}
        </Button>
      ) : null}
    </section>
  );
});

/**
 * Every finding grouped by rule; Fix all applies every safe fix at once. The list follows the
 * findings as a deferred value: after a large paste the sheet's highlights and the summary show
 * first, and the list (hundreds of buttons) renders right after without holding them up.
 */
export function FindingsList({
  findings,
  busy,
  onSelect,
  onFix,
  onFixAll,
  message,
}: { findings: readonly Finding[]; onFixAll: () => void; message?: ReactNode } & Handlers) {
  const styles = useStyles();
  const shown = useDeferredValue(findings);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const fixable = groups.reduce((n, g) => n + g.fixable, 0);
  return (
    <section className={styles.root} aria-label="Findings" aria-busy={shown !== findings}>
      <div className={styles.header}>
        <Subtitle2 as="h2">Findings</Subtitle2>
        <Button
          size="small"
          disabled={busy || fixable === 0}
          onClick={onFixAll}
          title={fixable === 1 ? "Apply the 1 safe fix (spaces, spellings)" : `Apply ${fixable} safe fixes (spaces, spellings)`}
        >
          Fix all
        </Button>
      </div>
      {message}
      {groups.length === 0 ? <Text className={styles.empty}>No problems found.</Text> : null}
      {groups.map((group) => (
        <Group key={group.code} group={group} busy={busy} onSelect={onSelect} onFix={onFix} />
      ))}
    </section>
  );
}
