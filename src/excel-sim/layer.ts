// Dense row-major storage for one cell attribute: an array of rows, each row a plain array, rows
// allocated only when written. A single-cell write is O(1); row inserts/deletes are one splice.

export class Layer<T> {
  rows: (T[] | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  /** The row's array, created when missing (for writers that fill many cells of one row). */
  row(r: number): T[] {
    let row = this.rows[r];
    if (row === undefined) {
      while (this.rows.length < r) this.rows.push(undefined);
      row = [];
      this.rows[r] = row;
    }
    return row;
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (v === undefined) return;
      while (this.rows.length < r) this.rows.push(undefined);
      row = [];
      this.rows[r] = row;
    }
    if (v === undefined && c >= row.length) return;
    while (row.length < c) row.push(undefined as T);
    row[c] = v as T;
  }

  /** Clears cells in a rectangle (stops at the data actually stored). */
  clearRect(r0: number, c0: number, r1: number, c1: number): void {
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const end = Math.min(c1, row.length - 1);
      for (let c = c0; c <= end; c++) row[c] = undefined as T;
    }
  }

  /** Inserts `count` empty rows before row `at` (shifts everything at and below down). */
  insertRows(at: number, count: number, fill?: (r: number) => T[] | undefined): void {
    if (at >= this.rows.length && !fill) return;
    while (this.rows.length < at) this.rows.push(undefined);
    const blank: (T[] | undefined)[] = [];
    for (let i = 0; i < count; i++) blank.push(fill ? fill(i) : undefined);
    this.rows = this.rows.slice(0, at).concat(blank, this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, count);
  }

  /** Shifts cells in columns c0..c1 from row `at` down by `count` (Range.insert Down). */
  shiftDown(at: number, count: number, c0: number, c1: number, bottom: number): void {
    const last = Math.min(this.rows.length - 1, bottom);
    for (let r = last; r >= at; r--) for (let c = c0; c <= c1; c++) this.set(r + count, c, this.get(r, c));
    for (let r = at; r < at + count; r++) for (let c = c0; c <= c1; c++) this.set(r, c, undefined);
  }

  /** Shifts cells in columns c0..c1 below row `at + count` up by `count` (Range.delete Up). */
  shiftUp(at: number, count: number, c0: number, c1: number): void {
    const last = this.rows.length - 1;
    for (let r = at; r <= last; r++) for (let c = c0; c <= c1; c++) this.set(r, c, this.get(r + count, c));
  }

  /** Inserts `count` blank cells before column `at` in rows r0..r1 (Range.insert Right). */
  shiftRight(at: number, count: number, r0: number, r1: number): void {
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) {
      const row = this.rows[r];
      if (!row || row.length <= at) continue;
      row.splice(at, 0, ...new Array<T>(count));
    }
  }

  shiftLeft(at: number, count: number, r0: number, r1: number): void {
    const last = Math.min(r1, this.rows.length - 1);
    for (let r = r0; r <= last; r++) this.rows[r]?.splice(at, count);
  }

  /** Reorders rows r0.. so that new row r0+i holds old row order[i], within columns c0..c1. */
  permuteRows(r0: number, order: number[], c0: number, c1: number): void {
    const old: (T | undefined)[][] = order.map((_, i) => {
      const row = this.rows[r0 + i];
      const out: (T | undefined)[] = [];
      for (let c = c0; c <= c1; c++) out.push(row?.[c]);
      return out;
    });
    order.forEach((src, i) => {
      const cells = old[src - r0];
      for (let c = c0; c <= c1; c++) this.set(r0 + i, c, cells?.[c - c0]);
    });
  }

  /** Index of the last row holding any defined cell in columns c0..c1, or -1. */
  lastRowWithData(c0 = 0, c1 = Number.MAX_SAFE_INTEGER): number {
    for (let r = this.rows.length - 1; r >= 0; r--) if (this.rowHasData(r, c0, c1)) return r;
    return -1;
  }

  rowHasData(r: number, c0 = 0, c1 = Number.MAX_SAFE_INTEGER): boolean {
    const row = this.rows[r];
    if (!row) return false;
    const end = Math.min(c1, row.length - 1);
    for (let c = c0; c <= end; c++) if (row[c] !== undefined) return true;
    return false;
  }

  /** Bounding box of stored cells, or undefined when empty. */
  bounds(): { r0: number; c0: number; r1: number; c1: number } | undefined {
    let r0 = -1;
    let r1 = -1;
    let c0 = Number.MAX_SAFE_INTEGER;
    let c1 = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === undefined) continue;
        if (r0 < 0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    });
    return r0 < 0 ? undefined : { r0, c0, r1, c1 };
  }
}
