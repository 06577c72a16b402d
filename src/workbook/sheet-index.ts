// The in-memory copy of the invite table that makes an edit cost a few changed rows, not a sheet:
// each row's cells and Status text, its own findings (cached: they depend on the row alone), the
// flags the sheet-wide passes start from, its sheet-wide findings, and the fills it carries. An
// edit re-checks its rows, runs the sheet-wide passes over the index (no re-read) only when a value
// they look at changed, and reports the rows whose Status or fills must change.
import {
  checkRow,
  createAccountIndex,
  isBlankRow,
  rowFlags,
  sheetWideFindings,
  sortFindings,
  type ColumnKey,
  type Finding,
  type InviteRow,
  type Team,
} from "../invites";
import { ERROR, NONE, UNKNOWN, WARNING, type Paint } from "./highlights";
import type { RowCells } from "./read-rows";
import { firstRowNumber, highlightOffsets, type TableLayout } from "./sheet-layout";
import { isSubmitted, statusText } from "./status-cells";

/** What the pane shows: counts over non-blank rows, and every finding by row and column. */
export interface SheetSummary {
  /** Non-blank data rows. */
  rows: number;
  /** Non-blank rows without errors (warnings allowed). */
  ready: number;
  /** Rows whose Status holds a submit result (Invited / Failed / Skipped). */
  submitted: number;
  errors: number;
  warnings: number;
  rowsWithErrors: number;
  /** Sheet row number of the first data row (the header is the row above). */
  firstRow: number;
  findings: readonly Finding[];
}

/** Per highlight slot (our input columns, then Status) 2 bits: NONE, ERROR, WARNING or UNKNOWN. */
type Packed = number;

const sameFinding = (a: Finding, b: Finding) =>
  a.code === b.code && a.column === b.column && a.message === b.message && a.fix === b.fix && a.row === b.row;

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => sameFinding(f, b[i] as Finding));
}

/** What the sheet-wide passes read from a row: if none of it changed, their result cannot. */
function wideInputs(row: InviteRow, flags: number): string {
  return `${flags}\u0000${row.account}\u0000${row.group}\u0000${row.licenseType}`;
}

export class SheetIndex {
  readonly rows: InviteRow[] = [];
  readonly statuses: string[] = [];
  private readonly own: Finding[][] = [];
  private readonly flags: number[] = [];
  private readonly wide: Finding[][] = [];
  private readonly painted: Packed[] = [];
  /** Rows with any finding (own or sheet-wide), so summaries cost O(findings), not O(rows). */
  private withFindings = new Set<number>();
  private nonBlank = 0;
  private submittedRows = 0;
  private wideStale = true;
  /** Slot of each table-column offset that carries highlights. */
  private readonly slots: Map<number, number>;
  private readonly slotOffsets: number[];
  readonly allUnknown: Packed;
  /** How many sheet-wide passes ran (for tests and the bench). */
  widePasses = 0;
  /** Each row's account, kept current so a live edit finds duplicates without hashing the sheet. */
  private readonly accounts = createAccountIndex();

  constructor(
    private layout: TableLayout,
    private team: Team,
  ) {
    this.slotOffsets = highlightOffsets(layout);
    this.slots = new Map(this.slotOffsets.map((offset, slot) => [offset, slot]));
    this.allUnknown = (1 << (2 * this.slotOffsets.length)) - 1;
  }

  get length(): number {
    return this.rows.length;
  }

  get firstRow(): number {
    return firstRowNumber(this.layout);
  }

  get highlightOffsets(): readonly number[] {
    return this.slotOffsets;
  }

  setLayout(layout: TableLayout): void {
    this.layout = layout;
  }

  /** Packed "unknown" for the slots whose table-column offsets are in [from, to]. */
  unknownFor(fromOffset: number, toOffset: number): Packed {
    let packed = 0;
    this.slotOffsets.forEach((offset, slot) => {
      if (offset >= fromOffset && offset <= toOffset) packed |= UNKNOWN << (2 * slot);
    });
    return packed;
  }

  /** Appends blank rows (a table that grew); their fills are unknown (inserted rows copy formats). */
  grow(count: number): void {
    this.insertBlank(this.rows.length, count);
  }

  insertBlank(at: number, count: number): void {
    if (count <= 0) return;
    const blank = () => ({ account: "", group: "", displayName: "", licenseType: "", role: "" });
    const fill = <T>(make: () => T) => Array.from({ length: count }, make);
    this.rows.splice(at, 0, ...fill(blank));
    this.statuses.splice(at, 0, ...fill(() => ""));
    this.own.splice(at, 0, ...fill((): Finding[] => []));
    this.flags.splice(at, 0, ...fill(() => rowFlags(true, [])));
    this.wide.splice(at, 0, ...fill((): Finding[] => []));
    this.painted.splice(at, 0, ...fill(() => this.allUnknown));
    this.accounts.shift(at, count);
    this.afterShift(at);
  }

  remove(at: number, count: number): void {
    if (count <= 0) return;
    for (let i = at; i < at + count && i < this.rows.length; i++) this.count(i, -1);
    const removed = Math.min(count, this.rows.length - at);
    for (const list of [this.rows, this.statuses, this.own, this.flags, this.wide, this.painted] as unknown[][]) list.splice(at, count);
    this.accounts.shift(at, -removed);
    this.afterShift(at);
  }

  /** Row numbers below a shift changed: restamp cached findings and rebuild the finding set. */
  private afterShift(from: number): void {
    const first = this.firstRow;
    for (let i = from; i < this.rows.length; i++) for (const f of this.own[i] as Finding[]) f.row = first + i;
    this.withFindings = new Set();
    for (let i = 0; i < this.rows.length; i++) if ((this.own[i] as Finding[]).length || (this.wide[i] as Finding[]).length) this.withFindings.add(i);
    this.wideStale = true;
  }

  /** Header moved (rows inserted or deleted above the table): every row number changed. */
  renumber(layout: TableLayout): void {
    const moved = layout.headerRow !== this.layout.headerRow;
    this.layout = layout;
    if (moved) this.afterShift(0);
  }

  private count(i: number, sign: 1 | -1): void {
    if (!isBlankRow(this.rows[i] as InviteRow)) this.nonBlank += sign;
    if (isSubmitted(this.statuses[i] as string)) this.submittedRows += sign;
  }

  /**
   * Stores a row as read from the sheet and re-checks it. `unknown` marks slots whose fills are
   * not known any more (the user pasted or typed there). Returns true when the row changed in a
   * way the sheet-wide passes see.
   */
  setRow(i: number, cells: RowCells, unknown: Packed = 0): boolean {
    const before = wideInputs(this.rows[i] as InviteRow, this.flags[i] as number);
    this.count(i, -1);
    this.rows[i] = cells.row;
    this.accounts.set(i, cells.row.account);
    this.statuses[i] = cells.status;
    this.count(i, 1);
    this.checkOwn(i);
    this.painted[i] = (this.painted[i] as Packed) | unknown;
    const changed = wideInputs(cells.row, this.flags[i] as number) !== before;
    if (changed) this.wideStale = true;
    return changed;
  }

  /** Loads every row (a full check); all fills unknown until `markPainted`. */
  load(cells: readonly RowCells[]): void {
    this.remove(0, this.rows.length);
    this.insertBlank(0, cells.length);
    cells.forEach((c, i) => this.setRow(i, c));
    this.wideStale = true;
  }

  setTeam(team: Team): void {
    this.team = team;
    for (let i = 0; i < this.rows.length; i++) this.checkOwn(i);
    this.wideStale = true;
  }

  private checkOwn(i: number): void {
    const row = this.rows[i] as InviteRow;
    const own = checkRow(row, this.firstRow + i, this.team, []);
    this.own[i] = own;
    this.flags[i] = rowFlags(isBlankRow(row), own);
    this.track(i);
  }

  private track(i: number): void {
    if ((this.own[i] as Finding[]).length || (this.wide[i] as Finding[]).length) this.withFindings.add(i);
    else this.withFindings.delete(i);
  }

  /**
   * Runs the sheet-wide passes over the index if anything they read changed; returns the rows
   * whose sheet-wide findings differ from before.
   */
  refreshSheetWide(): number[] {
    if (!this.wideStale) return [];
    this.wideStale = false;
    this.widePasses++;
    const flags = Uint8Array.from(this.flags);
    const first = this.firstRow;
    const next = new Map<number, Finding[]>();
    for (const f of sheetWideFindings(this.rows, flags, this.team, first, this.accounts)) {
      const i = f.row - first;
      const list = next.get(i) ?? [];
      list.push(f);
      next.set(i, list);
    }
    const changed: number[] = [];
    const candidates = new Set<number>(next.keys());
    for (const i of this.withFindings) if ((this.wide[i] as Finding[]).length) candidates.add(i);
    for (const i of candidates) {
      const now = (next.get(i) ?? []).sort((a, b) => a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
      if (sameFindings(this.wide[i] as Finding[], now)) continue;
      this.wide[i] = now;
      this.track(i);
      changed.push(i);
    }
    return changed;
  }

  /** Own and sheet-wide findings of a row, by column (whole-row findings first). */
  findingsOf(i: number): Finding[] {
    const own = this.own[i] as Finding[];
    const wide = this.wide[i] as Finding[];
    return wide.length ? sortFindings(own, wide) : own.slice();
  }

  /** The Status text the row should show: a submit result stays; otherwise its findings. */
  wantedStatus(i: number): string {
    const current = this.statuses[i] as string;
    return isSubmitted(current) ? current : statusText(this.findingsOf(i));
  }

  /** The fill each highlight slot should have. */
  wantedPaint(i: number): Packed {
    let packed = 0;
    for (const f of this.findingsOf(i)) {
      const offset = f.column === null ? this.layout.status : this.offsetOf(f.column);
      const slot = offset === undefined ? undefined : this.slots.get(offset);
      if (slot === undefined) continue;
      const shift = 2 * slot;
      const current = (packed >> shift) & 3;
      const paint: Paint = f.severity === "error" ? ERROR : WARNING;
      if (current === NONE || (current === WARNING && paint === ERROR)) packed = (packed & ~(3 << shift)) | (paint << shift);
    }
    return packed;
  }

  private offsetOf(column: ColumnKey): number | undefined {
    return this.layout.columns[column];
  }

  painting(i: number): Packed {
    return this.painted[i] as Packed;
  }

  markPainted(i: number, packed: Packed): void {
    this.painted[i] = packed;
  }

  markStatus(i: number, status: string): void {
    this.count(i, -1);
    this.statuses[i] = status;
    this.count(i, 1);
  }

  slotPaint(packed: Packed, slot: number): number {
    return (packed >> (2 * slot)) & 3;
  }

  summary(): SheetSummary {
    const rows = [...this.withFindings].sort((a, b) => a - b);
    const findings: Finding[] = [];
    let errors = 0;
    let rowsWithErrors = 0;
    for (const i of rows) {
      let rowHasError = false;
      for (const f of this.findingsOf(i)) {
        findings.push(f);
        if (f.severity === "error") { errors++; rowHasError = true; }
      }
      if (rowHasError) rowsWithErrors++;
    }
    return {
      rows: this.nonBlank,
      ready: this.nonBlank - rowsWithErrors,
      submitted: this.submittedRows,
      errors,
      warnings: findings.length - errors,
      rowsWithErrors,
      firstRow: this.firstRow,
      findings,
    };
  }
}
