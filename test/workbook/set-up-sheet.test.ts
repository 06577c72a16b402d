// Set up: a new sheet with the table, formats and dropdowns; idempotent; adopting a sheet the user
// already has without moving or losing anything.
import { createSimulatedExcel, type SimulatedExcel } from "../../src/excel-sim";
import { hasInviteTable, LISTS_SHEET_NAME, setUpSheet, TABLE_NAME, WorkbookError } from "../../src/workbook";

/** Everything a user could see change: sheets, tables, values, formats, rules, view settings. */
function snapshot(excel: SimulatedExcel): unknown {
  const sheets = excel.user.sheetNames().map((name) => {
    const used = excel.user.usedRange(name, false);
    const cells: unknown[] = [];
    if (used) {
      const values = excel.user.values(used);
      const [, ref = ""] = used.split("!");
      const first = ref.split(":")[0] ?? "A1";
      const col0 = first.charCodeAt(0) - 65;
      const row0 = Number(first.slice(1));
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          const a = `${name}!${String.fromCharCode(65 + col0 + c)}${row0 + r}`;
          cells.push([a, v, excel.user.numberFormat(a), excel.user.fill(a), excel.user.bold(a), excel.user.validation(a)?.source]);
        }),
      );
    }
    const widths = Array.from({ length: 8 }, (_, c) => excel.user.columnWidth(name, c));
    return { name, visibility: excel.user.visibility(name), frozen: excel.user.frozenRows(name), used, widths, cells };
  });
  return { sheets, tables: excel.user.tables() };
}

describe("Set up sheet on an empty workbook", () => {
  let excel: SimulatedExcel;
  beforeEach(async () => {
    excel = createSimulatedExcel();
    await setUpSheet(excel.run, { team: { userGroups: ["Sales", "Engineering"] } });
  });

  test("creates Invites with the table: five fields then Status, one blank row, frozen header", () => {
    expect(excel.user.sheetNames()).toEqual(["Sheet1", "Invites", LISTS_SHEET_NAME]);
    expect(excel.user.activeSheet()).toBe("Invites");
    expect(excel.user.table(TABLE_NAME)).toMatchObject({
      sheet: "Invites",
      address: "Invites!A1:F2",
      headers: ["Splashtop account", "Group", "Display name", "License type", "Role", "Status"],
    });
    expect(excel.user.frozenRows("Invites")).toBe(1);
    expect(excel.user.bold("Invites!A1")).toBe(true);
    expect(excel.user.columnWidth("Invites", 0)).toBeGreaterThan(100);
    expect(excel.user.columnWidth("Invites", 5)).toBeGreaterThan(300);
  });

  test("input columns are text, so what is typed stays as typed", async () => {
    for (const col of ["A", "B", "C", "D", "E"]) expect(excel.user.numberFormat(`Invites!${col}2`)).toBe("@");
    excel.user.type("Invites!C2", "=1+1");
    excel.user.type("Invites!A2", "0012");
    expect(excel.user.value("Invites!C2")).toBe("=1+1");
    expect(excel.user.value("Invites!A2")).toBe("0012");
  });

  test("dropdowns: License type and Role in canonical spelling, Group from the hidden lists sheet", () => {
    expect(excel.user.validation("Invites!D2")).toMatchObject({ items: ["Access", "Support"], inCellDropDown: true });
    expect(excel.user.validation("Invites!E2")).toMatchObject({ items: ["Admin", "Member"], inCellDropDown: true });
    expect(excel.user.validation("Invites!B2")).toMatchObject({
      items: ["Engineering", "Sales"],
      source: `=${LISTS_SHEET_NAME}!$A$1:$A$2`,
    });
    expect(excel.user.visibility(LISTS_SHEET_NAME)).toBe("VeryHidden");
  });

  test("no error alert: other spellings the importer accepts can be typed, and our rules explain them", () => {
    expect(excel.user.type("Invites!D2", "technician").accepted).toBe(true);
    expect(excel.user.type("Invites!B2", "A new group").accepted).toBe(true);
  });

  test("a group list longer than a literal list's 255 characters works (range source)", async () => {
    const groups = Array.from({ length: 300 }, (_, i) => `Group number ${i}`);
    await setUpSheet(excel.run, { team: { userGroups: groups } });
    expect(excel.user.validation("Invites!B2")?.items).toHaveLength(300);
  });

  test("running it twice changes nothing and duplicates nothing", async () => {
    const before = snapshot(excel);
    const result = await setUpSheet(excel.run, { team: { userGroups: ["Sales", "Engineering"] } });
    expect(result.outcome).toBe("existing");
    expect(snapshot(excel)).toEqual(before);
  });

  test("rows added later inherit the text format and dropdowns", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    excel.user.type("Invites!A3", "bo@example.com");
    expect(excel.user.table(TABLE_NAME)?.rowCount).toBe(2);
    expect(excel.user.numberFormat("Invites!D3")).toBe("@");
    expect(excel.user.validation("Invites!E3")?.items).toEqual(["Admin", "Member"]);
  });
});

describe("Set up sheet adopts the user's sheet", () => {
  test("Email / Name columns: data preserved in place, Status added right of the data, other columns left alone", async () => {
    const excel = createSimulatedExcel();
    excel.user.paste("Sheet1!A1", [
      ["Email", "Name", "Notes"],
      ["ann@example.com", "Ann Lee", "VIP"],
      ["bo@example", "Bo", ""],
      ["0012", "Chen", "call first"],
    ]);
    excel.user.type("Sheet1!H10", "user's own cell");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("H10").format.fill.color = "#00FF00";
      sheet.getRange("A20").format.font.bold = true;
      await context.sync();
    });
    const valuesBefore = excel.user.values("Sheet1!A1:C4");

    const result = await setUpSheet(excel.run);

    expect(result).toMatchObject({ outcome: "adopted", sheetName: "Sheet1", headerRow: 1, otherColumns: ["Notes"] });
    expect(excel.user.values("Sheet1!A1:C4")).toEqual(valuesBefore);
    expect(excel.user.table(TABLE_NAME)).toMatchObject({ address: "Sheet1!A1:D4", headers: ["Email", "Name", "Notes", "Status"] });
    expect(excel.user.sheetNames()).toEqual(["Sheet1", LISTS_SHEET_NAME]);
    // Outside the table nothing changed.
    expect(excel.user.value("Sheet1!H10")).toBe("user's own cell");
    expect(excel.user.fill("Sheet1!H10")).toBe("#00FF00");
    expect(excel.user.bold("Sheet1!A20")).toBe(true);
    // The Notes column got no text format or dropdown; our columns did.
    expect(excel.user.numberFormat("Sheet1!C2")).toBe("General");
    expect(excel.user.numberFormat("Sheet1!A2")).toBe("@");
    // Adopting again is a no-op.
    expect((await setUpSheet(excel.run)).outcome).toBe("existing");
    expect(excel.user.table(TABLE_NAME)?.address).toBe("Sheet1!A1:D4");
  });

  test("a title above the header and an existing Status column", async () => {
    const excel = createSimulatedExcel();
    excel.user.paste("Sheet1!B2", [
      ["Invites for March"],
      [""],
      ["Licence", "E-mail address", "Status"],
      ["Support", "ann@example.com", "Invited"],
    ]);
    const result = await setUpSheet(excel.run);
    expect(result).toMatchObject({ outcome: "adopted", headerRow: 4, otherColumns: [] });
    expect(excel.user.table(TABLE_NAME)).toMatchObject({ address: "Sheet1!B4:D5", headers: ["Licence", "E-mail address", "Status"] });
    expect(excel.user.value("Sheet1!B2")).toBe("Invites for March");
    expect(excel.user.value("Sheet1!D5")).toBe("Invited");
  });

  test("a sheet with nothing recognisable is left alone: a new Invites sheet is created", async () => {
    const excel = createSimulatedExcel();
    excel.user.paste("Sheet1!A1", [
      ["Budget", "Q1"],
      ["Travel", "100"],
    ]);
    const result = await setUpSheet(excel.run);
    expect(result.outcome).toBe("created");
    expect(excel.user.values("Sheet1!A1:B2")).toEqual([
      ["Budget", "Q1"],
      ["Travel", 100],
    ]);
    expect(excel.user.sheetNames()).toEqual(["Sheet1", "Invites", LISTS_SHEET_NAME]);
  });

  test("a sheet that already has another table: a plain message, nothing changed", async () => {
    const excel = createSimulatedExcel();
    excel.user.paste("Sheet1!A1", [
      ["Email", "Name"],
      ["ann@example.com", "Ann"],
    ]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      await context.sync();
    });
    await expect(setUpSheet(excel.run)).rejects.toBeInstanceOf(WorkbookError);
    expect(excel.user.sheetNames()).toEqual(["Sheet1"]);
  });
});

test("hasInviteTable: false before Set up (even on a sheet it could adopt), true after", async () => {
  const excel = createSimulatedExcel();
  excel.user.paste("Sheet1!A1", [
    ["Email", "Name"],
    ["ann@example.com", "Ann"],
  ]);
  expect(await hasInviteTable(excel.run)).toBe(false);
  await setUpSheet(excel.run);
  expect(await hasInviteTable(excel.run)).toBe(true);
});
