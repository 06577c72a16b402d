// From a diff to writes (pure): Status texts in contiguous runs of at most 1,500 cells (so Office
// sends each whole and it raises exactly one change event at its address), fills by colour.
import { planWrites } from "../../../src/workbook/live/write-plan";
import type { RowDiff } from "../../../src/workbook/live/sheet-view";
import type { TableLayout } from "../../../src/workbook/table/sheet-layout";

const layout: TableLayout = {
  sheetName: "Invites",
  tableName: "InviteSheet",
  headerRow: 0,
  firstColumn: 0,
  headers: ["Splashtop account", "Group", "Display name", "License type", "Role", "Status"],
  columns: { account: 0, group: 1, displayName: 2, licenseType: 3, role: 4 },
  status: 5,
  rowCount: 4000,
};

test("3,200 Status changes in a row are three writes the runtime will not split, each expected as our own", () => {
  const diffs: RowDiff[] = Array.from({ length: 3200 }, (_, index) => ({ index, status: `s${index}`, fills: [] }));
  const plan = planWrites(diffs, layout);
  expect(plan.statusAddresses).toEqual(["F2:F1501", "F1502:F3001", "F3002:F3201"]);
  expect(plan.statusCells).toBe(3200);
  expect(plan.ops.map((op) => op.address)).toEqual(plan.statusAddresses);
});

test("rows with gaps are separate writes; fills come first, one RangeAreas per colour, and only where they change", () => {
  const diffs: RowDiff[] = [
    { index: 0, status: "a", fills: [{ offset: 0, fill: "error" }] },
    {
      index: 1,
      status: "b",
      fills: [
        { offset: 0, fill: "error" },
        { offset: 3, fill: "warning" },
      ],
    },
    { index: 5, fills: [{ offset: 1, fill: "none" }] },
  ];
  const plan = planWrites(diffs, layout);
  expect(plan.ops.map((op) => op.address)).toEqual(["B7", "A2:A3", "D3", "F2:F3"]);
  expect(plan.statusAddresses).toEqual(["F2:F3"]);
  expect(plan.filledCells).toBe(4);
});
