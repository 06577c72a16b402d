// Every row counts (issue "every row counts"): whatever a person can see in the invite columns
// under the header is checked, or the pane is told it is outside the list, never silently left
// out. On both hosts: a paste that starts in, on or just below the table's last row and runs past
// it; typing in the first row below; a row below a gap of blank rows; a column typed beside.
import { officeShim, type SimulatedExcel } from "../../../src/excel-sim";
import { startLiveValidation, TABLE_NAME, type LiveValidation, type SheetSummary } from "../../../src/workbook";
import { expectSheetMatchesRules, setUp } from "../helpers";

let excel: SimulatedExcel;
let live: LiveValidation;
let summaries: SheetSummary[];
const last = () => summaries.at(-1) as SheetSummary;

async function start(host: "web" | "desktop"): Promise<void> {
  excel = await setUp({ host });
  summaries = [];
  live = await startLiveValidation(excel.run, {
    onSummary: (s) => summaries.push(s),
    onError: (e) => {
      throw e;
    },
  });
}

afterEach(async () => {
  await live.stop();
  expect(excel.handlerErrors).toEqual([]);
});

const four = [["ann@example.com"], ["bo@example"], ["cy@example.com", " Sales "], ["dee@example.com", "", "", "Premium"]];

describe.each(["web", "desktop"] as const)("on %s", (host) => {
  beforeEach(() => start(host));

  test("four rows pasted at A2 (the new table's one blank row) all join the list and are checked", async () => {
    excel.user.paste("Invites!A2", four);
    await excel.settle();
    expect(excel.user.table(TABLE_NAME)?.rowCount).toBe(4);
    expect(last()).toMatchObject({ rows: 4, rowsWithErrors: 2, outside: null });
    expect(excel.user.value("Invites!F3")).toMatch(/^Error in Splashtop account/);
    expect(excel.user.value("Invites!F5")).toMatch(/^Error in License type/);
    expectSheetMatchesRules(excel);
  });

  test("a paste that starts on the last row, or just below it, and runs past it: every row is in", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    await excel.settle();
    excel.user.paste("Invites!A2", [["zed@example.com"], ["yu@example.com"]]);
    await excel.settle();
    excel.user.paste("Invites!A4", [["xi@example.com"], ["wu@example"]]);
    await excel.settle();
    expect(excel.user.table(TABLE_NAME)?.rowCount).toBe(4);
    expect(last()).toMatchObject({ rows: 4, rowsWithErrors: 1, outside: null });
    expectSheetMatchesRules(excel);
  });

  test("typing in the first row below the table: it joins and is checked", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    excel.user.type("Invites!A3", "ann@example.com");
    await excel.settle();
    expect(last()).toMatchObject({ rows: 2, rowsWithErrors: 1, outside: null });
    expect(excel.user.value("Invites!F3")).toMatch(/already in row 2/);
  });

  test("a row below a gap of blank rows: not in the list, so the pane is told; Include them takes it in", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    excel.user.type("Invites!A6", "bo@example");
    await excel.settle();
    expect(excel.user.table(TABLE_NAME)?.rowCount).toBe(1);
    expect(last().outside).toEqual({ rows: 1, rowNumbers: [6] });
    // Not checked, so not marked: it is outside the list until it is included.
    expect(excel.user.value("Invites!F6")).toBe("");
    // A re-check (export, submit) sees it too, and names it.
    expect((await live.recheck()).summary.outside?.rowNumbers).toEqual([6]);
    const summary = await live.includeRowsBelow();
    expect(excel.user.table(TABLE_NAME)?.rowCount).toBe(5);
    expect(summary).toMatchObject({ rows: 2, rowsWithErrors: 1, outside: null });
    expect(excel.user.value("Invites!F6")).toMatch(/^Error in Splashtop account/);
    expectSheetMatchesRules(excel);
  });

  test("clearing a row below the list drops it from the warning; rows inserted above move it", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    excel.user.type("Invites!B9", "Sales");
    excel.user.type("Invites!A12", "cy@example.com");
    await excel.settle();
    expect(last().outside?.rowNumbers).toEqual([9, 12]);
    excel.user.clear("Invites!B9");
    await excel.settle();
    expect(last().outside?.rowNumbers).toEqual([12]);
    excel.user.insertRows("Invites", 5, 2);
    await excel.settle();
    expect(last().outside?.rowNumbers).toEqual([14]);
  });

  test("a column typed just right of the table joins it; the invite columns are checked as before", async () => {
    excel.user.type("Invites!A2", "ann@example");
    await excel.settle();
    excel.user.type("Invites!G1", "Notes");
    excel.user.type("Invites!G2", "call first");
    await excel.settle();
    const table = excel.user.table(TABLE_NAME);
    expect(table?.headers).toEqual(["Splashtop account", "Group", "Display name", "License type", "Role", "Status", "Notes"]);
    expect(last()).toMatchObject({ rows: 1, rowsWithErrors: 1 });
    // The user's column is theirs: never filled, never rewritten.
    expect(excel.user.value("Invites!G2")).toBe("call first");
    expect(excel.user.fill("Invites!G2")).toBeUndefined();
    excel.user.type("Invites!A2", "ann@example.com");
    await excel.settle();
    expect(last()).toMatchObject({ rows: 1, rowsWithErrors: 0 });
  });
});

describe("on an Excel older than ExcelApi 1.13 (no Table.resize)", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("Include them says how to resize the table by hand, and changes nothing", async () => {
    excel = await setUp({ host: "desktop", requirementSets: { ExcelApi: "1.12" } });
    (globalThis as { Office?: unknown }).Office = officeShim(excel);
    summaries = [];
    live = await startLiveValidation(excel.run, {
      onSummary: (s) => summaries.push(s),
      onError: (e) => {
        throw e;
      },
    });
    excel.user.type("Invites!A2", "ann@example.com");
    excel.user.type("Invites!A5", "bo@example.com");
    await excel.settle();
    expect(last().outside?.rowNumbers).toEqual([5]);
    await expect(live.includeRowsBelow()).rejects.toThrow(
      "This version of Excel cannot resize a table from an add-in. Select the table, then Table Design > Resize Table, and extend it down to row 5.",
    );
    expect(excel.user.table(TABLE_NAME)?.rowCount).toBe(1);
  });
});
