import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { SELECTION } from "./grid/grid-styles";
import type { SimHost } from "./sim-host";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: "2px",
    padding: "0 8px",
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderTop("1px", "solid", tokens.colorNeutralStroke1),
    minHeight: "30px",
    alignItems: "flex-start",
  },
  tab: {
    padding: "4px 14px",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    backgroundColor: "transparent",
    ...shorthands.border("0"),
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  active: {
    color: SELECTION,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset 0 -2px 0 ${SELECTION}`,
  },
});

/** Visible sheets only (the lists sheet is hidden, as in Excel); arrow keys move between tabs. */
export function SheetTabs({ host }: { host: SimHost }) {
  const styles = useStyles();
  useSyncExternalStore(host.subscribe, host.version);
  const wb = host.sim.model;
  const sheets = wb.visibleSheets();
  const activate = (name: string) => host.act((user) => user.activate(name));
  return (
    <div role="tablist" aria-label="Sheets" className={styles.bar}>
      {sheets.map((sheet, i) => {
        const selected = sheet === wb.activeSheet;
        return (
          <button
            key={sheet.id}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected ? styles.active : undefined)}
            onClick={() => activate(sheet.name)}
            onKeyDown={(e) => {
              const next = e.key === "ArrowRight" ? sheets[i + 1] : e.key === "ArrowLeft" ? sheets[i - 1] : undefined;
              if (next) {
                activate(next.name);
                (e.currentTarget.parentElement?.children[i + (e.key === "ArrowRight" ? 1 : -1)] as HTMLElement | undefined)?.focus();
              }
            }}
          >
            {sheet.name}
          </button>
        );
      })}
    </div>
  );
}
