// Rows under the invite table that hold something in its invite columns but are not in the table:
// typed below a gap of blank rows, or where Excel did not grow the table. They are people the user
// can see, so the pane says so and export and submit refuse until they are included or cleared.
// Kept by 0-based sheet row; moved when rows are inserted or deleted above them.

export type OutsideRows = {
  set(sheetRow: number, hasData: boolean): void;
  /** Rows inserted (delta > 0) or deleted (delta < 0) at `sheetRow`. */
  shift(sheetRow: number, delta: number): void;
  /** Rows at or above `sheetRow` are in the table now (it grew) or above it. */
  dropThrough(sheetRow: number): void;
  clear(): void;
  /** Sorted sheet rows. */
  list(): number[];
};

export function createOutsideRows(): OutsideRows {
  let rows = new Set<number>();
  return {
    set(sheetRow, hasData) {
      if (hasData) rows.add(sheetRow);
      else rows.delete(sheetRow);
    },
    shift(sheetRow, delta) {
      const next = new Set<number>();
      for (const row of rows) {
        if (row < sheetRow) next.add(row);
        else if (delta > 0) next.add(row + delta);
        else if (row >= sheetRow - delta) next.add(row + delta);
      }
      rows = next;
    },
    dropThrough(sheetRow) {
      for (const row of [...rows]) if (row <= sheetRow) rows.delete(row);
    },
    clear() {
      rows = new Set();
    },
    list: () => [...rows].sort((a, b) => a - b),
  };
}
