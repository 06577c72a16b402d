import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { EXPORT_HEADERS, type Finding } from "../../invites";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, listStyleType: "none", minWidth: 0 },
  select: {
    flexGrow: 1,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  where: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  message: { overflowWrap: "anywhere" },
});

function findingPlace(f: Finding): string {
  return f.column === null ? `Row ${f.row}` : `Row ${f.row}, ${EXPORT_HEADERS[f.column]}`;
}

/** "Fix row 4, Display name": what the button acts on (its visible text "Fix" starts the name, WCAG 2.5.3). */
function fixButtonName(f: Finding): string {
  return `Fix ${findingPlace(f).replace(/^Row/, "row")}`;
}

/** One finding: click to go to its cell; Fix when a safe fix exists. */
export function FindingItem({
  finding,
  disabled,
  onSelect,
  onFix,
}: {
  finding: Finding;
  disabled: boolean;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const canFix = finding.fix !== undefined && finding.column !== null;
  return (
    <li className={styles.item}>
      <Button id={id} appearance="subtle" size="small" className={styles.select} onClick={() => onSelect(finding)}>
        <span>
          <span className={styles.where}>{findingPlace(finding)}:</span> <span className={styles.message}>{finding.message}</span>
        </span>
      </Button>
      {canFix ? (
        <Button
          size="small"
          disabled={disabled}
          aria-label={fixButtonName(finding)}
          aria-describedby={id}
          title={`Change it to "${finding.fix}"`}
          onClick={() => onFix(finding)}
        >
          Fix
        </Button>
      ) : null}
    </li>
  );
}
