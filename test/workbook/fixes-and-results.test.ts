// What the pane does besides watching: fixes, submit results, import, export reads, going to a cell.
import { createSimulatedExcel, type SimulatedExcel } from "../../src/excel-sim";
import { emptyRow, resolveTeam, sampleSheet, validateSheet } from "../../src/invites";
import {
  applyAllFixes,
  applyFix,
  importRows,
  selectCell,
  startLiveValidation,
  WorkbookError,
  type LiveValidation,
} from "../../src/workbook";
import { expectSheetMatchesRules, grid, record, setUp, tableRows } from "./helpers";

let excel: SimulatedExcel;
let live: LiveValidation;

beforeEach(async () => {
  excel = await setUp();
  live = await startLiveValidation(excel.run, {
    onError: (e) => {
      throw e;
    },
  });
});

afterEach(async () => {
  await live.stop();
  expect(excel.handlerErrors).toEqual([]);
});

test("applyFix writes one cell, as a user would, and live validation clears the mark", async () => {
  excel.user.paste("Invites!A2", [[" ann@example.com ", "", "Ann", "technician"]]);
  await excel.settle();
  const fix = live.summary().findings.find((f) => f.code === "whitespace");
  expect(fix).toBeDefined();
  await applyFix(excel.run, fix!);
  await excel.settle();
  expect(excel.user.values("Invites!A2:D2")).toEqual([["ann@example.com", "", "Ann", "technician"]]);
  expect(live.summary().findings.map((f) => f.code)).toEqual(["non-canonical"]);
  expectSheetMatchesRules(excel);
});

test("applyFix refuses a finding without a fix", async () => {
  excel.user.type("Invites!A2", "not-an-email");
  await excel.settle();
  const finding = live.summary().findings[0]!;
  await expect(applyFix(excel.run, finding)).rejects.toBeInstanceOf(WorkbookError);
});

test("applyAllFixes changes only the fixable cells", async () => {
  const sample = sampleSheet(500, 60);
  excel.user.paste("Invites!A3", grid(sample.rows));
  await excel.settle();
  const before = tableRows(excel).rows;
  const fixable = validateSheet(before, resolveTeam(), 2).filter((f) => f.fix !== undefined);
  const report = await applyAllFixes(excel.run);
  await excel.settle();
  expect(report.cells).toBe(new Set(fixable.map((f) => `${f.row}:${f.column}`)).size);
  const after = tableRows(excel).rows;
  let changed = 0;
  after.forEach((row, i) => {
    for (const key of Object.keys(row) as (keyof typeof row)[]) if (row[key] !== before[i]![key]) changed++;
  });
  expect(changed).toBe(report.cells);
  expect(live.summary().findings.filter((f) => f.fix !== undefined)).toEqual([]);
  expectSheetMatchesRules(excel);
});

test("submit results go to their people's rows; a re-check's snapshot has the records; a result with no row is handed back", async () => {
  excel.user.type("Invites!A2", "ann@example.com");
  excel.user.type("Invites!A3", "bo@example.com");
  excel.user.type("Invites!A4", "cy@example.com");
  await excel.settle();
  const { notFound } = await live.recordResults([
    record("cy@example.com", { kind: "skipped", reason: "already a team member" }),
    record("ann@example.com", { kind: "invited" }),
    record("gone@example.com", { kind: "invited" }),
  ]);
  expect(notFound.map((r) => r.account)).toEqual(["gone@example.com"]);
  await excel.settle();
  const read = await live.recheck();
  expect(read.firstRow).toBe(2);
  expect(read.rows.map((r) => r.account)).toEqual(["ann@example.com", "bo@example.com", "cy@example.com"]);
  expect(read.statuses).toEqual(["Invited", "", "Skipped: already a team member"]);
  expect([...read.records.keys()].sort()).toEqual(["ann@example.com", "cy@example.com", "gone@example.com"]);
});

test("importRows appends after the last row, fills the blank first row, and is checked", async () => {
  const rows = sampleSheet(1_200, 40).rows;
  const report = await importRows(excel.run, rows.slice(0, 200), "append");
  expect(report).toEqual({ firstRow: 2, rows: 200 });
  await excel.settle();
  const second = await importRows(excel.run, rows.slice(200), "append");
  expect(second).toEqual({ firstRow: 202, rows: 1_000 });
  await excel.settle();
  expect(excel.user.table("InviteSheet")?.rowCount).toBe(1_200);
  expect(tableRows(excel).rows).toEqual(rows);
  expect(excel.user.numberFormat("Invites!C1201")).toBe("@");
  expectSheetMatchesRules(excel);
});

test("importRows replace: new rows only, old statuses gone, fewer rows shrink the table", async () => {
  await importRows(excel.run, sampleSheet(300, 10).rows, "append");
  await excel.settle();
  await live.recordResults([record(String(excel.user.value("Invites!A5")), { kind: "invited" })]);
  const fresh = sampleSheet(50, 5, 7).rows;
  await importRows(excel.run, fresh, "replace");
  await excel.settle();
  expect(excel.user.table("InviteSheet")?.rowCount).toBe(50);
  expect(tableRows(excel).rows).toEqual(fresh);
  expect(excel.user.value("Invites!A52")).toBe("");
  expectSheetMatchesRules(excel);
});

test("selectCell goes to a finding's cell (Status for whole-row findings)", async () => {
  excel.user.activate("Sheet1");
  await selectCell(excel.run, 7, "licenseType");
  expect(excel.user.activeSheet()).toBe("Invites");
  expect(excel.model.selection.rect).toEqual({ r0: 6, r1: 6, c0: 3, c1: 3 });
  await selectCell(excel.run, 3, null);
  expect(excel.model.selection.rect).toEqual({ r0: 2, r1: 2, c0: 5, c1: 5 });
});

test("without a sheet: a plain message", async () => {
  const empty = createSimulatedExcel();
  await expect(startLiveValidation(empty.run)).rejects.toBeInstanceOf(WorkbookError);
});

test("importRows replace leaves the user's own column alone, also in the rows beyond the import", async () => {
  await live.stop();
  excel = await setUp();
  excel.user.type("Invites!G1", "Notes");
  excel.user.paste("Invites!A2", [["ann@example.com", "", "", "", "", "", "call first"]]);
  excel.user.paste("Invites!A3", [
    ["bo@example.com", "", "", "", "", "", "VIP"],
    ["cy@example.com", "", "", "", "", "", "left"],
  ]);
  live = await startLiveValidation(excel.run, {
    onError: (e) => {
      throw e;
    },
  });
  await excel.settle();
  expect(excel.user.table("InviteSheet")?.headers.at(-1)).toBe("Notes");
  await importRows(excel.run, [{ ...emptyRow(), account: "zed@example.com" }], "replace");
  await excel.settle();
  expect(excel.user.values("Invites!A2:A4").map((r) => r[0])).toEqual(["zed@example.com", "", ""]);
  expect(excel.user.values("Invites!G2:G4").map((r) => r[0])).toEqual(["call first", "VIP", "left"]);
  expectSheetMatchesRules(excel);
});
