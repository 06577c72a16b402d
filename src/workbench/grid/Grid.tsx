// A spreadsheet grid over the simulator: virtualised rows (only the visible ones are in the DOM),
// frozen header rows, keyboard like Excel's, edits through the simulator's user API so
// validation, events and host differences behave as in Excel.
import { mergeClasses } from "@fluentui/react-components";
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ClipboardEvent,
  type KeyboardEvent,
} from "react";
import { columnLetters, type EditResult } from "../../excel-sim";
import type { RowResult } from "../result-rows";
import type { SimHost } from "../sim-host";
import { CellEditor, type Editing } from "./CellEditor";
import { cellView, columnCount, columnWidthPx, editText, parseClipboard, qualified, rowCount, a1, type CellView } from "./cell-view";
import { DEFAULT_COL_W, HEAD_H, ROW_H, ROW_HEAD_W, useGridStyles } from "./grid-styles";
import { gridKeyAction, tabEnterMove, type MoveKey } from "./grid-keys";
import { ListPicker } from "./ListPicker";
import { ValidationAlert } from "./ValidationAlert";

const OVERSCAN = 4;
const TABLE_EDGE = "#217346"; // Excel's table outline green

/** Inset lines on the table's outer edges and under its header row. */
function tableOutline(t: CellView["table"]): string | undefined {
  if (!t) return undefined;
  const lines = [
    t.top ? `inset 0 2px 0 ${TABLE_EDGE}` : "",
    // The top row is the header row: a thin line under it, a thick one under the last row.
    t.bottom || t.top ? `inset 0 -${t.bottom ? 2 : 1}px 0 ${TABLE_EDGE}` : "",
    t.left ? `inset 2px 0 0 ${TABLE_EDGE}` : "",
    t.right ? `inset -2px 0 0 ${TABLE_EDGE}` : "",
  ].filter(Boolean);
  return lines.length > 0 ? lines.join(", ") : undefined;
}

function edgeNames(t: NonNullable<CellView["table"]>): string {
  return (["top", "bottom", "left", "right"] as const).filter((k) => t[k]).join(" ") || "inside";
}

interface Layout {
  rows: number;
  cols: number;
  widths: number[];
  lefts: number[];
  width: number;
}

function useLayout(host: SimHost, version: number): Layout {
  const sheet = host.sim.model.activeSheet;
  return useMemo(() => {
    const cols = columnCount(sheet);
    const widths = Array.from({ length: cols }, (_, c) => columnWidthPx(sheet, c, DEFAULT_COL_W));
    const lefts: number[] = [];
    let x = ROW_HEAD_W;
    for (const w of widths) {
      lefts.push(x);
      x += w;
    }
    return { rows: rowCount(sheet), cols, widths, lefts, width: x };
  }, [sheet, version]); // `version` stands for every change the simulator made
}

const RESULT_WORDS = { invited: "Invited", failed: "Failed", skipped: "Skipped" } as const;
const RESULT_GLYPHS = { invited: "✓", failed: "✕", skipped: "–" } as const;

/** `rowResults`: the submit result of each sheet row, marked on the row header (result-rows.ts). */
export function Grid({
  host,
  label,
  rowResults,
}: {
  host: SimHost;
  label: string;
  rowResults?: (host: SimHost) => (r: number) => RowResult | null;
}) {
  const styles = useGridStyles();
  const version = useSyncExternalStore(host.subscribe, host.version);
  const wb = host.sim.model;
  const sheet = wb.activeSheet;
  const frozen = Math.max(0, sheet.frozenRows);
  const layout = useLayout(host, version);
  const selection = wb.selection.sheet === sheet ? wb.selection.rect : { r0: 0, c0: 0, r1: 0, c1: 0 };
  const active = { r: selection.r0, c: selection.c0 };
  const id = useId().replace(/:/g, "");
  const cellId = (r: number, c: number) => `${id}-r${r}c${c}`;

  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0, height: 600 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [picker, setPicker] = useState(false);
  const [alert, setAlert] = useState<{ result: Required<EditResult>["alert"]; editing: Editing } | null>(null);

  const focusGrid = useCallback(() => scroller.current?.focus({ preventScroll: true }), []);
  // Excel's Enter after a run of Tabs returns to the run's first column (grid-keys.ts).
  const tabStart = useRef<number | null>(null);
  // After Esc (no entry open) the next Tab or Shift+Tab leaves the grid: no keyboard trap.
  const released = useRef(false);
  const hintId = `${id}-keys`;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const measure = () => setScroll({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the active cell in view, whoever moved it (keys, clicks, or the pane's selectCell).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (active.r >= frozen) {
      const top = HEAD_H + active.r * ROW_H;
      const visibleTop = el.scrollTop + HEAD_H + frozen * ROW_H;
      if (top < visibleTop) el.scrollTop = top - HEAD_H - frozen * ROW_H;
      else if (top + ROW_H > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_H - el.clientHeight;
    }
    const left = layout.lefts[active.c] ?? ROW_HEAD_W;
    const width = layout.widths[active.c] ?? DEFAULT_COL_W;
    if (left < el.scrollLeft + ROW_HEAD_W) el.scrollLeft = left - ROW_HEAD_W;
    else if (left + width > el.scrollLeft + el.clientWidth) el.scrollLeft = left + width - el.clientWidth;
  }, [active.r, active.c, frozen, layout, sheet]);

  const select = useCallback(
    (r: number, c: number) => {
      const row = Math.max(0, Math.min(layout.rows - 1, r));
      const col = Math.max(0, Math.min(layout.cols - 1, c));
      host.act((user) => user.select(qualified(sheet, row, col)));
    },
    [host, sheet, layout.rows, layout.cols],
  );

  // Enter, Tab, an arrow or a click elsewhere commits the edit (the simulator leaves cell-edit mode);
  // a Stop alert keeps the cell in edit mode until Retry or Cancel, as in Excel.
  const commit = (edit: Editing, text: string, move: [number, number], via: MoveKey | null = null) => {
    const address = qualified(sheet, edit.r, edit.c);
    const result = host.commitEdit(address, text);
    if (!result.accepted && result.alert) {
      setAlert({ result: result.alert, editing: { ...edit, text } });
      return false;
    }
    setEditing(null);
    if (via) {
      const to = tabEnterMove(via, edit.r, edit.c, tabStart.current);
      tabStart.current = to.tabStart;
      select(to.r, to.c);
    } else {
      tabStart.current = null;
      select(edit.r + move[0], edit.c + move[1]);
    }
    focusGrid();
    return true;
  };

  const cancelEdit = () => {
    host.editStep((user) => user.cancelEdit());
    setEditing(null);
    focusGrid();
  };

  const startEdit = (r: number, c: number, text: string, mode: Editing["mode"]) => {
    setPicker(false);
    host.editStep((user) => user.beginEdit(qualified(sheet, r, c)));
    setEditing({ r, c, text, mode });
  };

  // Another sheet action (a tab, the workbench's paste) ends the edit first: committed where it is.
  const editingRef = useRef<Editing | null>(null);
  editingRef.current = editing;
  useLayoutEffect(() => {
    host.setEditCommitter(() => {
      const open = editingRef.current;
      if (open) commit(open, open.text, [0, 0]);
    });
    return () => host.setEditCommitter(null);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || editing || alert) return;
    if (released.current && e.key === "Tab") {
      // Let the browser move focus out of the grid.
      released.current = false;
      return;
    }
    if (e.key !== "Shift") released.current = false;
    const view = cellView(wb, sheet, active.r, active.c);
    const action = gridKeyAction(e, {
      ...active,
      rows: layout.rows,
      cols: layout.cols,
      pageRows: Math.max(1, Math.floor(scroll.height / ROW_H) - frozen - 1),
      hasList: view.hasList,
      isEmpty: (r, c) => sheet.valueAt(r, c) === undefined || sheet.valueAt(r, c) === "",
      tabStart: tabStart.current,
    });
    if (!action) return;
    e.preventDefault();
    const here = qualified(sheet, active.r, active.c);
    switch (action.kind) {
      case "move":
        tabStart.current = action.tabStart;
        return select(action.r, action.c);
      case "edit":
        return startEdit(
          active.r,
          active.c,
          action.text ?? editText(wb, sheet, active.r, active.c),
          action.text === undefined ? "edit" : "enter",
        );
      case "clear":
        return void host.edit(here, (user) => user.clear(here));
      case "list":
        return setPicker(true);
      case "undo":
        tabStart.current = null;
        return void host.undo();
      case "release":
        released.current = true;
        return;
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const text = e.clipboardData.getData("text/plain");
    if (!text) return;
    e.preventDefault();
    host.paste(sheet, active.r, active.c, parseClipboard(text));
  };

  const onCellMouseDown = (r: number, c: number) => {
    tabStart.current = null;
    released.current = false;
    if (editing) commit(editing, editing.text, [r - editing.r, c - editing.c]);
    else select(r, c);
    setPicker(false);
  };

  const first = frozen + Math.floor(scroll.top / ROW_H);
  const last = Math.min(layout.rows - 1, first + Math.ceil(scroll.height / ROW_H) + OVERSCAN);
  const bodyRows: number[] = [];
  for (let r = Math.max(frozen, first - OVERSCAN); r <= last; r++) bodyRows.push(r);
  const frozenRows = Array.from({ length: Math.min(frozen, layout.rows) }, (_, r) => r);
  const cellTop = (r: number) => (r < frozen ? scroll.top + HEAD_H + r * ROW_H : HEAD_H + r * ROW_H);
  const activeView = cellView(wb, sheet, active.r, active.c);

  const rowResult = rowResults?.(host);
  const renderRow = (r: number, inSticky: boolean) => {
    const result = rowResult?.(r) ?? null;
    return (
      <div
        key={r}
        role="row"
        aria-rowindex={r + 2}
        className={mergeClasses(inSticky ? styles.stickyRow : styles.row, r === frozen - 1 ? styles.frozenEdge : undefined)}
        style={inSticky ? { width: layout.width } : { top: HEAD_H + r * ROW_H, width: layout.width }}
      >
        <div
          role="rowheader"
          aria-label={result ? `${r + 1}, ${RESULT_WORDS[result]}` : undefined}
          title={result ? `Status: ${RESULT_WORDS[result]}` : undefined}
          className={mergeClasses(styles.rowHead, result ? styles[result] : undefined, r === active.r ? styles.rowHeadActive : undefined)}
          onMouseDown={() => select(r, active.c)}
        >
          {result ? (
            <span aria-hidden="true" className={styles.resultGlyph}>
              {RESULT_GLYPHS[result]}
            </span>
          ) : null}
          {r + 1}
        </div>
        {layout.widths.map((w, c) => {
          const view = cellView(wb, sheet, r, c);
          const isActive = r === active.r && c === active.c;
          const address = a1(r, c);
          return (
            <div
              key={c}
              id={cellId(r, c)}
              role="gridcell"
              aria-colindex={c + 2}
              aria-label={view.text ? `${address} ${view.text}` : address}
              aria-selected={isActive}
              aria-haspopup={view.hasList ? "listbox" : undefined}
              className={mergeClasses(styles.cell, isActive ? styles.active : undefined)}
              style={{
                width: w,
                backgroundColor: view.fill,
                color: view.color,
                fontWeight: view.bold ? 700 : undefined,
                fontStyle: view.italic ? "italic" : undefined,
                textAlign: view.align,
                boxShadow: tableOutline(view.table),
              }}
              data-table-edge={view.table ? edgeNames(view.table) : undefined}
              // Text wider than its column (about 7 px a character) gets a tooltip; the formula bar shows it too.
              title={view.text.length * 7 > w - 6 ? view.text : undefined}
              onMouseDown={(e) => {
                if (e.button === 0) onCellMouseDown(r, c);
              }}
              onDoubleClick={() => startEdit(r, c, editText(wb, sheet, r, c), "edit")}
            >
              {view.text}
              {isActive && view.hasList ? (
                <button
                  type="button"
                  tabIndex={-1}
                  className={styles.dropButton}
                  aria-label={`Open list for ${address}`}
                  onMouseDown={(e) => e.stopPropagation()}
                  onClick={() => setPicker(!picker)}
                >
                  ▼
                </button>
              ) : null}
            </div>
          );
        })}
      </div>
    );
  };

  return (
    <div className={styles.frame}>
      <div
        ref={scroller}
        role="grid"
        aria-label={label}
        aria-rowcount={layout.rows + 1}
        aria-colcount={layout.cols + 1}
        aria-activedescendant={cellId(active.r, active.c)}
        aria-describedby={hintId}
        tabIndex={0}
        className={styles.scroller}
        onScroll={(e) =>
          setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft, height: e.currentTarget.clientHeight })
        }
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        data-version={version}
      >
        <div role="presentation" className={styles.content} style={{ height: HEAD_H + layout.rows * ROW_H, width: layout.width }}>
          <div role="rowgroup" className={styles.sticky} style={{ width: layout.width }}>
            <div role="row" aria-rowindex={1} className={styles.stickyRow} style={{ height: HEAD_H }}>
              <div role="columnheader" aria-label="Row numbers" className={styles.corner} />
              {layout.widths.map((w, c) => (
                <div
                  key={c}
                  role="columnheader"
                  className={mergeClasses(styles.colHead, c === active.c ? styles.headActive : undefined)}
                  style={{ width: w }}
                  onMouseDown={() => select(active.r, c)}
                >
                  {columnLetters(c)}
                </div>
              ))}
            </div>
            {frozenRows.map((r) => renderRow(r, true))}
          </div>
          <div role="rowgroup">{bodyRows.map((r) => renderRow(r, false))}</div>
          {editing ? (
            <CellEditor
              editing={editing}
              top={cellTop(editing.r)}
              left={layout.lefts[editing.c] ?? ROW_HEAD_W}
              minWidth={layout.widths[editing.c] ?? DEFAULT_COL_W}
              label={`Edit ${a1(editing.r, editing.c)}`}
              onChange={(text) => setEditing({ ...editing, text })}
              onCommit={(move, via) => commit(editing, editing.text, move, via)}
              onCancel={cancelEdit}
            />
          ) : null}
          {picker && activeView.hasList && !editing ? (
            <ListPicker
              items={host.sim.user.validation(qualified(sheet, active.r, active.c))?.items ?? []}
              current={activeView.text}
              top={cellTop(active.r) + ROW_H}
              left={layout.lefts[active.c] ?? ROW_HEAD_W}
              label={`List for ${a1(active.r, active.c)}`}
              onPick={(value) => {
                setPicker(false);
                const here = qualified(sheet, active.r, active.c);
                host.edit(here, (user) => user.pick(here, value));
                focusGrid();
              }}
              onClose={() => {
                setPicker(false);
                focusGrid();
              }}
            />
          ) : null}
        </div>
      </div>
      <p id={hintId} className={styles.hint}>
        Tab and Enter move as in Excel. Esc, then Tab: leave the sheet. F6: sheet, toolbar, task pane. Ctrl+Z: undo your last edit.
      </p>
      {alert ? (
        <ValidationAlert
          title={alert.result.title}
          message={alert.result.message}
          onRetry={() => {
            setEditing(alert.editing);
            setAlert(null);
          }}
          onCancel={() => {
            setAlert(null);
            cancelEdit();
          }}
        />
      ) : null}
    </div>
  );
}
