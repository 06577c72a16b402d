// What the invite table shows, kept in memory: the rows and their findings (a LiveSheet from
// src/invites), and what each row's Status cell and fills hold on the sheet. From these it computes
// a diff, the Status texts and fills that must change, and records it as painted once the writes
// have landed (`commit`). How fills are remembered (two bits per highlighted column) stays in here.
import { createLiveSheet, spliceFilled, type Finding, type InviteRow, type ResolvedTeam } from "../../invites";
import { highlightOffsets, type TableLayout } from "../table/sheet-layout";
import { rowNumberOf } from "../table/geometry";
import type { RowCells } from "../table/read-rows";
import type { Fill } from "./fills";
import { statusText } from "./status-text";

/** One row's writes: its new Status text (when it changes) and the fills that change, by table offset. */
export interface RowDiff {
  index: number;
  status?: string;
  fills: { offset: number; fill: Fill }[];
}

/**
 * Where submit results come from: for a row, the result its Status shows instead of its findings
 * ("result"), a note shown before its findings ("note"), or null.
 */
export type ResultText = (index: number, row: InviteRow) => { kind: "result" | "note"; text: string } | null;

export interface ViewCounts {
  rows: number;
  ready: number;
  errors: number;
  warnings: number;
  rowsWithErrors: number;
  /** Rows whose Status shows a submit result. */
  submitted: number;
}

// Fill state per highlighted column, two bits each.
const FILL_NONE = 0;
const FILL_ERROR = 1;
const FILL_WARNING = 2;
const FILL_UNKNOWN = 3;
const FILL_OF = ["none", "error", "warning"] as const;

export type SheetView = ReturnType<typeof createSheetView>;

/** `isResult`: whether a Status text is a submit result (counted as submitted). */
export function createSheetView(
  initialLayout: TableLayout,
  team: ResolvedTeam,
  resultText: ResultText,
  isResult: (status: string) => boolean,
) {
  let layout = initialLayout;
  let offsets = highlightOffsets(layout);
  let slotOf = new Map(offsets.map((offset, slot) => [offset, slot]));
  let allUnknown = (1 << (2 * offsets.length)) - 1;
  const sheet = createLiveSheet(team, rowNumberOf(layout, 0));
  let statuses: string[] = [];
  let submitted = 0;
  let painted: number[] = [];
  /** Rows whose fills are not known (pasted over, inserted): repainted by the next diff. */
  let unknown = new Set<number>();

  const countStatus = (status: string, sign: 1 | -1) => {
    if (status && isResult(status)) submitted += sign;
  };
  function setStatus(i: number, status: string): void {
    countStatus(statuses[i] as string, -1);
    statuses[i] = status;
    countStatus(status, 1);
  }

  const unknownMask = (columnOffsets: readonly number[] | "all") => {
    if (columnOffsets === "all") return allUnknown;
    let mask = 0;
    for (const offset of columnOffsets) {
      const slot = slotOf.get(offset);
      if (slot !== undefined) mask |= FILL_UNKNOWN << (2 * slot);
    }
    return mask;
  };

  function adopt(next: TableLayout): void {
    layout = next;
    offsets = highlightOffsets(layout);
    slotOf = new Map(offsets.map((offset, slot) => [offset, slot]));
    allUnknown = (1 << (2 * offsets.length)) - 1;
  }

  /** The table moved or was reshaped without its rows changing. */
  function setLayout(next: TableLayout): void {
    adopt(next);
    sheet.setFirstRow(rowNumberOf(layout, 0));
  }

  function wantedPaint(findings: readonly Finding[]): number {
    let packed = 0;
    for (const f of findings) {
      const slot = slotOf.get(f.column === null ? layout.status : (layout.columns[f.column] ?? -1));
      if (slot === undefined) continue;
      const shift = 2 * slot;
      const current = (packed >> shift) & 3;
      const paint = f.severity === "error" ? FILL_ERROR : FILL_WARNING;
      if (current === FILL_NONE || (current === FILL_WARNING && paint === FILL_ERROR)) packed = (packed & ~(3 << shift)) | (paint << shift);
    }
    return packed;
  }

  function wantedStatus(i: number, findings: readonly Finding[]): string {
    const result = resultText(i, sheet.row(i));
    if (result?.kind === "result") return result.text;
    const text = statusText(findings);
    return result ? (text ? `${result.text} | ${text}` : result.text) : text;
  }

  function diffRow(i: number): RowDiff | null {
    const findings = sheet.findings(i);
    const status = wantedStatus(i, findings);
    const want = wantedPaint(findings);
    const have = painted[i] as number;
    const fills: RowDiff["fills"] = [];
    if (want !== have) {
      offsets.forEach((offset, slot) => {
        const w = (want >> (2 * slot)) & 3;
        const h = (have >> (2 * slot)) & 3;
        if (w !== h) fills.push({ offset, fill: FILL_OF[w as 0 | 1 | 2] });
      });
    }
    const statusChanges = status !== statuses[i];
    if (!statusChanges && fills.length === 0) return null;
    return statusChanges ? { index: i, status, fills } : { index: i, fills };
  }

  return {
    sheet,
    get layout() {
      return layout;
    },
    get length() {
      return sheet.length;
    },
    /** Every row as read (a full check); fills unknown until `clearedFills`. */
    load(cells: readonly RowCells[], next: TableLayout, nextTeam: ResolvedTeam): void {
      adopt(next);
      sheet.load(
        cells.map((c) => c.row),
        rowNumberOf(layout, 0),
        nextTeam,
      );
      statuses = cells.map((c) => c.status);
      submitted = 0;
      for (const s of statuses) countStatus(s, 1);
      painted = cells.map(() => allUnknown);
      unknown = new Set();
    },
    setLayout,
    /** Rows `at`... as read again; `columnOffsets` are the columns whose fills may have changed. */
    setCells(at: number, cells: readonly RowCells[], columnOffsets: readonly number[] | "all" | "none"): void {
      if (cells.length === 0) return;
      sheet.setRows(
        at,
        cells.map((c) => c.row),
      );
      const mask = columnOffsets === "none" ? 0 : unknownMask(columnOffsets);
      cells.forEach((c, k) => {
        setStatus(at + k, c.status);
        if (mask) {
          painted[at + k] = (painted[at + k] as number) | mask;
          unknown.add(at + k);
        }
      });
    },
    /** Blank rows inserted; they copy the row above's formats, so their fills are unknown. */
    insert(at: number, count: number): void {
      sheet.insert(at, count);
      layout = { ...layout, rowCount: sheet.length };
      const add = <T>(list: T[], value: T) => spliceFilled(list, at, 0, count, () => value);
      add(statuses, "");
      add(painted, allUnknown);
      unknown = new Set([...unknown].map((i) => (i >= at ? i + count : i)));
      for (let k = 0; k < count; k++) unknown.add(at + k);
    },
    remove(at: number, count: number): void {
      sheet.remove(at, count);
      layout = { ...layout, rowCount: sheet.length };
      for (const s of statuses.slice(at, at + count)) countStatus(s, -1);
      for (const list of [statuses, painted] as unknown[][]) list.splice(at, count);
      unknown = new Set([...unknown].filter((i) => i < at || i >= at + count).map((i) => (i >= at ? i - count : i)));
    },
    setTeam(next: ResolvedTeam): void {
      sheet.setTeam(next);
    },
    /** The body's fills were just cleared: every row is known to have none. */
    clearedFills(): void {
      painted = painted.map(() => FILL_NONE);
      unknown = new Set();
    },
    /** What must change on the sheet for the rows that changed (and `extra` rows). */
    diff(extra: Iterable<number> = []): RowDiff[] {
      const candidates = new Set(sheet.takeChanged());
      for (const i of unknown) candidates.add(i);
      for (const i of extra) if (i >= 0 && i < sheet.length) candidates.add(i);
      const out: RowDiff[] = [];
      for (const i of [...candidates].sort((a, b) => a - b)) {
        const d = diffRow(i);
        if (d) out.push(d);
      }
      return out;
    },
    /** The diff's writes landed: the sheet now shows it. */
    commit(diffs: readonly RowDiff[]): void {
      for (const d of diffs) {
        if (d.status !== undefined) setStatus(d.index, d.status);
        let packed = painted[d.index] as number;
        for (const { offset, fill } of d.fills) {
          const slot = slotOf.get(offset) as number;
          packed = (packed & ~(3 << (2 * slot))) | (FILL_OF.indexOf(fill) << (2 * slot));
        }
        painted[d.index] = packed;
        unknown.delete(d.index);
      }
    },
    status: (i: number) => statuses[i] as string,
    row: (i: number) => sheet.row(i),
    findings: (i: number) => sheet.findings(i),
    counts(): ViewCounts {
      const c = sheet.counts();
      return {
        rows: c.rows,
        ready: c.rows - c.rowsWithErrors,
        errors: c.errors,
        warnings: c.warnings,
        rowsWithErrors: c.rowsWithErrors,
        submitted,
      };
    },
  };
}
