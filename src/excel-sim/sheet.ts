// One worksheet's cells: values, formulas, styles and validation as dense row layers, plus
// whole-column / whole-row defaults (formatting an entire column is one entry, as in Excel).
import { isEntireColumns, isEntireRows, Rect } from "./address";
import { Layer } from "./layer";
import { CellValue } from "./values";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class SheetModel {
  readonly values = new Layer<CellValue>();
  readonly formulas = new Layer<string>();
  readonly styles = new Layer<number>();
  readonly validation = new Layer<number>();
  readonly colStyle = new Map<number, number>();
  readonly rowStyle = new Map<number, number>();
  readonly colValidation = new Map<number, number>();
  readonly colWidth = new Map<number, number>();
  visibility: Visibility = "Visible";
  frozenRows = 0;
  frozenCols = 0;
  tabColor = "";
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  styleAt(r: number, c: number): number {
    return this.styles.get(r, c) ?? this.rowStyle.get(r) ?? this.colStyle.get(c) ?? 0;
  }

  ruleAt(r: number, c: number): number {
    return this.validation.get(r, c) ?? this.colValidation.get(c) ?? 0;
  }

  valueAt(r: number, c: number): CellValue | undefined {
    return this.values.get(r, c);
  }

  /** Applies `next(old)` to the style of every cell in `rect`; whole columns/rows stay one entry. */
  updateStyle(rect: Rect, next: (old: number) => number): void {
    if (isEntireRows(rect)) return this.updateRowStyles(rect, next);
    if (isEntireColumns(rect)) return this.updateColumnStyles(rect, next);
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) this.styles.set(r, c, next(this.styleAt(r, c)));
    }
  }

  private updateColumnStyles(rect: Rect, next: (old: number) => number): void {
    for (let c = rect.c0; c <= rect.c1; c++) {
      for (const r of this.rowStyle.keys()) this.styles.set(r, c, next(this.styleAt(r, c)));
      this.colStyle.set(c, next(this.colStyle.get(c) ?? 0));
    }
    this.updateStoredCells(rect, next, (r) => !this.rowStyle.has(r));
  }

  private updateRowStyles(rect: Rect, next: (old: number) => number): void {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (const c of this.colStyle.keys()) this.styles.set(r, c, next(this.styleAt(r, c)));
      this.rowStyle.set(r, next(this.rowStyle.get(r) ?? 0));
    }
    this.updateStoredCells(rect, next, (_r, c) => !this.colStyle.has(c));
  }

  private updateStoredCells(rect: Rect, next: (old: number) => number, when: (r: number, c: number) => boolean): void {
    const last = Math.min(rect.r1, this.styles.rows.length - 1);
    for (let r = rect.r0; r <= last; r++) {
      const row = this.styles.rows[r];
      if (!row) continue;
      const end = Math.min(rect.c1, row.length - 1);
      for (let c = rect.c0; c <= end; c++) {
        const id = row[c];
        if (id !== undefined && when(r, c)) row[c] = next(id);
      }
    }
  }

  setRule(rect: Rect, ruleId: number): void {
    if (isEntireColumns(rect)) {
      for (let c = rect.c0; c <= rect.c1; c++) this.colValidation.set(c, ruleId);
      this.validation.clearRect(rect.r0, rect.c0, rect.r1, rect.c1);
      return;
    }
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) this.validation.set(r, c, ruleId);
  }

  private layers(): Layer<unknown>[] {
    return [this.values, this.formulas, this.styles, this.validation] as Layer<unknown>[];
  }

  /** Inserts whole rows before `at`; new rows take the format and validation of the row above. */
  insertRows(at: number, count: number): void {
    const above = at - 1;
    this.values.insertRows(at, count);
    this.formulas.insertRows(at, count);
    const styleRow = above >= 0 ? this.styles.rows[above] : undefined;
    this.styles.insertRows(at, count, styleRow ? () => styleRow.slice() : undefined);
    const ruleRow = above >= 0 ? this.validation.rows[above] : undefined;
    this.validation.insertRows(at, count, ruleRow ? () => ruleRow.slice() : undefined);
    shiftKeys(this.rowStyle, at, count);
    const aboveStyle = this.rowStyle.get(above);
    if (aboveStyle !== undefined) for (let i = 0; i < count; i++) this.rowStyle.set(at + i, aboveStyle);
  }

  deleteRows(at: number, count: number): void {
    for (const layer of this.layers()) layer.deleteRows(at, count);
    for (let r = at; r < at + count; r++) this.rowStyle.delete(r);
    shiftKeys(this.rowStyle, at + count, -count);
  }

  /** Range.insert(Down) on part of the sheet: cells in c0..c1 from row `at` move down. */
  shiftCellsDown(at: number, count: number, c0: number, c1: number): void {
    for (const layer of this.layers()) layer.shiftDown(at, count, c0, c1, Number.MAX_SAFE_INTEGER);
  }

  shiftCellsUp(at: number, count: number, c0: number, c1: number): void {
    for (const layer of this.layers()) layer.shiftUp(at, count, c0, c1);
  }

  shiftCellsRight(at: number, count: number, r0: number, r1: number): void {
    for (const layer of this.layers()) layer.shiftRight(at, count, r0, r1);
  }

  shiftCellsLeft(at: number, count: number, r0: number, r1: number): void {
    for (const layer of this.layers()) layer.shiftLeft(at, count, r0, r1);
  }

  /** Sort: rows r0.. take old rows `order` in columns c0..c1 (values, formulas and formats move). */
  permuteRows(r0: number, order: number[], c0: number, c1: number): void {
    this.values.permuteRows(r0, order, c0, c1);
    this.formulas.permuteRows(r0, order, c0, c1);
    this.styles.permuteRows(r0, order, c0, c1);
  }

  /** Bounding box of cells with values (valuesOnly) or with values or formatting. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    const boxes = [this.values.bounds(), this.formulas.bounds()];
    if (!valuesOnly) boxes.push(this.styles.bounds(), this.validation.bounds());
    return union(boxes);
  }
}

function shiftKeys(map: Map<number, number>, from: number, delta: number): void {
  const moved = [...map.entries()].filter(([k]) => k >= from).sort((a, b) => (delta > 0 ? b[0] - a[0] : a[0] - b[0]));
  for (const [k] of moved) map.delete(k);
  for (const [k, v] of moved) map.set(k + delta, v);
}

function union(boxes: (Rect | undefined)[]): Rect | undefined {
  const present = boxes.filter((b): b is Rect => b !== undefined);
  if (present.length === 0) return undefined;
  return {
    r0: Math.min(...present.map((b) => b.r0)),
    c0: Math.min(...present.map((b) => b.c0)),
    r1: Math.max(...present.map((b) => b.r1)),
    c1: Math.max(...present.map((b) => b.c1)),
  };
}
