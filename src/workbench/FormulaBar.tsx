import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { a1, editText } from "./grid/cell-view";
import type { SimHost } from "./sim-host";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: "4px 8px",
    ...shorthands.borderBottom("1px", "solid", tokens.colorNeutralStroke2),
    fontSize: tokens.fontSizeBase300,
  },
  name: {
    width: "72px",
    padding: "2px 6px",
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The whole content, wrapped (as Excel's expanded formula bar shows it): a long Status cut at
  // the grid's edge is read here in full, for the keyboard as for the mouse.
  content: {
    flexGrow: 1,
    minWidth: 0,
    padding: "2px 6px",
    minHeight: "20px",
    maxHeight: "6.2em",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Name box and the active cell's content (read-only here; edit in the grid). */
export function FormulaBar({ host }: { host: SimHost }) {
  const styles = useStyles();
  useSyncExternalStore(host.subscribe, host.version);
  const wb = host.sim.model;
  const sheet = wb.activeSheet;
  const { r0, c0 } = wb.selection.sheet === sheet ? wb.selection.rect : { r0: 0, c0: 0 };
  return (
    <div className={styles.bar}>
      <output className={styles.name} aria-label="Active cell">
        {a1(r0, c0)}
      </output>
      <output className={styles.content} aria-label="Cell content">
        {editText(wb, sheet, r0, c0)}
      </output>
    </div>
  );
}
