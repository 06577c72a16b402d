// Tables: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
// https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
// Auto-expansion ("Include new rows and columns in table", on by default):
// https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165
import { failure, sim } from "./helpers";

async function inviteTable(x: ReturnType<typeof sim>): Promise<void> {
  x.user.paste("A1", [
    ["Email", "Role"],
    ["a@x.com", "Admin"],
  ]);
  await x.run(async (context) => {
    const t = context.workbook.worksheets.getActiveWorksheet().tables.add("A1:B2", true);
    t.name = "Invites";
    await context.sync();
  });
}

describe("tables", () => {
  test("tables.add with headers; header, body and whole ranges; default style and banding", async () => {
    const x = sim();
    await inviteTable(x);
    await x.run(async (context) => {
      const t = context.workbook.tables.getItem("Invites");
      t.load("name, style, showBandedRows, showHeaders");
      const header = t.getHeaderRowRange().load("address, values");
      const body = t.getDataBodyRange().load("address");
      const whole = t.getRange().load("address");
      await context.sync();
      expect([t.name, t.style, t.showBandedRows, t.showHeaders]).toEqual(["Invites", "TableStyleMedium2", true, true]);
      expect([header.address, body.address, whole.address]).toEqual(["Sheet1!A1:B1", "Sheet1!A2:B2", "Sheet1!A1:B2"]);
      expect(header.values).toEqual([["Email", "Role"]]);
    });
  });

  test("a header-only range gets one empty data row, which the first rows.add fills", async () => {
    const x = sim();
    x.user.paste("A1", [["Email", "Role"]]);
    await x.run(async (context) => {
      const t = context.workbook.worksheets.getActiveWorksheet().tables.add("A1:B1", true);
      const count = t.rows.load("count");
      await context.sync();
      expect(count.count).toBe(1);
      t.rows.add(undefined, [
        ["a@x.com", "Admin"],
        ["b@x.com", "Member"],
      ]);
      t.rows.load("count");
      await context.sync();
      expect(count.count).toBe(2);
    });
    expect(x.user.values("A2:B3")).toEqual([
      ["a@x.com", "Admin"],
      ["b@x.com", "Member"],
    ]);
    expect(x.user.table("Table1")?.address).toBe("Sheet1!A1:B3");
  });

  test("without headers Excel inserts Column1..N above the data", async () => {
    const x = sim();
    x.user.paste("A1", [["a", "b"]]);
    await x.run(async (context) => {
      const t = context.workbook.worksheets.getActiveWorksheet().tables.add("A1:B1", false);
      const header = t.getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["Column1", "Column2"]]);
    });
    expect(x.user.values("A2:B2")).toEqual([["a", "b"]]);
  });

  test("blank and duplicate header names are made unique", async () => {
    const x = sim();
    x.user.paste("A1", [["Name", "", "name"]]);
    await x.run(async (context) => {
      context.workbook.tables.add("A1:C2", true);
      await context.sync();
    });
    expect(x.user.table("Table1")?.headers).toEqual(["Name", "Column2", "name2"]);
  });

  test("rows.add appends many rows at once; rows.count, getItemAt, and values parsed like typing", async () => {
    const x = sim();
    await inviteTable(x);
    await x.run(async (context) => {
      const t = context.workbook.tables.getItem("Invites");
      t.rows.add(undefined, [
        ["b@x.com", "Member"],
        ["c@x.com", "Admin"],
        ["d@x.com", "Member"],
      ]);
      const rows = t.rows.load("count");
      const third = t.rows.getItemAt(2).load("values, index");
      await context.sync();
      expect(rows.count).toBe(4);
      expect([third.index, third.values]).toEqual([2, [["c@x.com", "Admin"]]]);
    });
    expect(x.user.table("Invites")?.address).toBe("Sheet1!A1:B5");
  });

  test("rows.add at an index inserts inside the table and pushes cells below the table down", async () => {
    const x = sim();
    await inviteTable(x);
    x.user.type("A8", "below");
    await x.run(async (context) => {
      context.workbook.tables.getItem("Invites").rows.add(0, [["first@x.com", "Member"]]);
      await context.sync();
    });
    expect(x.user.values("A2:A3")).toEqual([["first@x.com"], ["a@x.com"]]);
    expect(x.user.value("A9")).toBe("below");
  });

  test("rows.add with a wrong row width fails with InvalidArgument", async () => {
    const x = sim();
    await inviteTable(x);
    const err = await failure(
      x.run(async (context) => {
        context.workbook.tables.getItem("Invites").rows.add(undefined, [["only one"]]);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("columns: getItem by name, getItemAt, items with names, getDataBodyRange", async () => {
    const x = sim();
    await inviteTable(x);
    await x.run(async (context) => {
      const cols = context.workbook.tables.getItem("Invites").columns;
      const role = cols.getItem("Role").getDataBodyRange().load("address, values");
      const first = cols.getItemAt(0).load("name, index");
      cols.load("items/name");
      const missing = cols.getItemOrNullObject("Group");
      await context.sync();
      expect([role.address, role.values]).toEqual(["Sheet1!B2", [["Admin"]]]);
      expect([first.name, first.index]).toEqual(["Email", 0]);
      expect(cols.items.map((c) => c.name)).toEqual(["Email", "Role"]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("getItem of a missing table or column fails with ItemNotFound", async () => {
    const x = sim();
    await inviteTable(x);
    for (const f of [
      (c: Excel.RequestContext) => c.workbook.tables.getItem("Nope").load("name"),
      (c: Excel.RequestContext) => c.workbook.tables.getItem("Invites").columns.getItem("Nope").load("name"),
    ]) {
      const err = await failure(
        x.run(async (context) => {
          f(context);
          await context.sync();
        }),
      );
      expect(err.code).toBe("ItemNotFound");
    }
  });

  test("typing or pasting directly below the last row makes the table grow", async () => {
    const x = sim();
    await inviteTable(x);
    x.user.type("A3", "b@x.com");
    expect(x.user.table("Invites")?.address).toBe("Sheet1!A1:B3");
    x.user.paste("A4", [
      ["c@x.com", "Admin"],
      ["d@x.com", "Member"],
    ]);
    expect(x.user.table("Invites")?.address).toBe("Sheet1!A1:B5");
    x.user.type("A7", "not adjacent");
    expect(x.user.table("Invites")?.rowCount).toBe(4);
  });

  test("name must be unique and valid", async () => {
    for (const [name, code] of [
      ["Invites", "ItemAlreadyExists"],
      ["has space", "InvalidArgument"],
      ["A1", "InvalidArgument"],
    ]) {
      const x = sim();
      await inviteTable(x);
      x.user.paste("D1", [["h"], ["v"]]);
      const err = await failure(
        x.run(async (context) => {
          context.workbook.tables.add("D1:D2", true).name = name as string;
          await context.sync();
        }),
      );
      expect(err.code).toBe(code);
    }
  });

  test("tables cannot overlap", async () => {
    const x = sim();
    await inviteTable(x);
    const err = await failure(
      x.run(async (context) => {
        context.workbook.tables.add("B2:C3", true);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("worksheet.tables only lists that sheet's tables; getCount", async () => {
    const x = sim();
    await inviteTable(x);
    await x.run(async (context) => {
      const other = context.workbook.worksheets.add("Other");
      const here = context.workbook.worksheets.getItem("Sheet1").tables.getCount();
      const there = other.tables.getCount();
      await context.sync();
      expect([here.value, there.value]).toEqual([1, 0]);
    });
  });
});
