// The live core's pure decisions, without Excel: what a change event means for the validator, what
// a batch of them needs, and which cells a selection left are worth reading again.
import { planBatch } from "../../../src/workbook/live/batch-plan";
import { classifyChange } from "../../../src/workbook/live/classify-change";
import { cellsToRecheck } from "../../../src/workbook/live/selection-recheck";
import type { TableLayout } from "../../../src/workbook/table/sheet-layout";

// A table on B3:G7: header in row 3, data rows 4-7 (data indexes 0-3), Status in G.
const layout: TableLayout = {
  sheetName: "Invites",
  tableName: "InviteSheet",
  headerRow: 2,
  firstColumn: 1,
  headers: ["Splashtop account", "Group", "Display name", "License type", "Role", "Status"],
  columns: { account: 0, group: 1, displayName: 2, licenseType: 3, role: 4 },
  status: 5,
  rowCount: 4,
};
const edit = (address: string) => classifyChange({ address, changeType: "RangeEdited" }, layout);

describe("classifyChange", () => {
  test("edits above, left of or well right of the table are nothing of ours", () => {
    expect(edit("B2")).toEqual({ kind: "ignore" });
    expect(edit("A5")).toEqual({ kind: "ignore" });
    expect(edit("I5")).toEqual({ kind: "ignore" });
  });

  test("edits in the body, or under it in the table's columns, are cells to read (clipped to the table's columns)", () => {
    expect(edit("C5")).toEqual({ kind: "cells", r0: 4, r1: 4, c0: 2, c1: 2 });
    expect(edit("A5:D6")).toEqual({ kind: "cells", r0: 4, r1: 5, c0: 1, c1: 3 });
    // Below the table (row 9, after a gap): read too; it may be outside the list.
    expect(edit("B9")).toEqual({ kind: "cells", r0: 8, r1: 8, c0: 1, c1: 1 });
  });

  test("the header row, the column just right of the table, and whole columns need a full check", () => {
    expect(edit("C3")).toMatchObject({ kind: "full" });
    expect(edit("H5")).toMatchObject({ kind: "full", reason: "a column beside the table changed" });
    expect(edit("C:C")).toMatchObject({ kind: "full" });
    expect(edit("not an address")).toMatchObject({ kind: "full" });
  });

  test("rows inserted or deleted: in the body they shift it, above it they move it, below it they move only what is outside", () => {
    const rows = (changeType: string, address: string) => classifyChange({ address, changeType }, layout);
    expect(rows("RowInserted", "5:6")).toEqual({ kind: "insert", at: 1, count: 2 });
    expect(rows("RowInserted", "8:8")).toEqual({ kind: "insert", at: 4, count: 1 }); // right below: "Insert Table Rows Below"
    expect(rows("RowInserted", "1:2")).toEqual({ kind: "moved", delta: 2, sheetRow: 0 });
    expect(rows("RowInserted", "12:12")).toEqual({ kind: "below", sheetRow: 11, delta: 1 });
    expect(rows("RowDeleted", "5:5")).toEqual({ kind: "remove", at: 1, count: 1 });
    expect(rows("RowDeleted", "1:1")).toEqual({ kind: "moved", delta: -1, sheetRow: 0 });
    expect(rows("RowDeleted", "3:3")).toMatchObject({ kind: "full" });
    expect(rows("RowDeleted", "7:9")).toMatchObject({ kind: "full" });
    expect(rows("RowDeleted", "10:10")).toEqual({ kind: "below", sheetRow: 9, delta: -1 });
  });

  test("columns and shifted cells", () => {
    expect(classifyChange({ address: "J:J", changeType: "ColumnInserted" }, layout)).toEqual({ kind: "ignore" });
    expect(classifyChange({ address: "C:C", changeType: "ColumnDeleted" }, layout)).toMatchObject({ kind: "full" });
    expect(classifyChange({ address: "C5", changeType: "CellInserted" }, layout)).toMatchObject({ kind: "full" });
    expect(classifyChange({ address: "C1", changeType: "CellDeleted" }, layout)).toEqual({ kind: "ignore" });
  });
});

describe("planBatch", () => {
  test("any number of value edits is one round over the cells; what is not ours is counted as ignored", () => {
    const { plan, ignored } = planBatch(
      [
        { address: "B4:G5", changeType: "RangeEdited" },
        { address: "B6:G7", changeType: "RangeEdited" },
        { address: "A1", changeType: "RangeEdited" },
        { address: "D5", changeType: "RangeEdited", fromSelection: true },
      ],
      layout,
    );
    expect(ignored).toBe(1);
    expect(plan).toMatchObject({ kind: "cells", fromSelection: [false, false, true] });
  });

  test("one structural change is followed; one mixed with anything else is a full check", () => {
    expect(planBatch([{ address: "5:5", changeType: "RowDeleted" }], layout).plan).toEqual({
      kind: "one",
      action: { kind: "remove", at: 1, count: 1 },
    });
    expect(
      planBatch(
        [
          { address: "5:5", changeType: "RowDeleted" },
          { address: "C5", changeType: "RangeEdited" },
        ],
        layout,
      ).plan,
    ).toEqual({ kind: "full" });
    expect(planBatch([{ address: "A1", changeType: "RangeEdited" }], layout).plan).toEqual({ kind: "none" });
  });
});

describe("cellsToRecheck", () => {
  test("a left selection in the body's Group, License type or Role columns is read again (clipped to the body)", () => {
    expect(cellsToRecheck("F5", layout)).toBe("F5");
    expect(cellsToRecheck("C2:D9", layout)).toBe("C4:D7");
  });

  test("cells without a dropdown, outside the body, or too many at once are not", () => {
    expect(cellsToRecheck("B5", layout)).toBeNull(); // the account column has no dropdown
    expect(cellsToRecheck("C3", layout)).toBeNull(); // the header
    expect(cellsToRecheck("C12", layout)).toBeNull();
    expect(cellsToRecheck("C:C", layout)).toBeNull();
  });
});
