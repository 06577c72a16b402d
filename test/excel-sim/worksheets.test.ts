// Worksheets: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection
// https://learn.microsoft.com/javascript/api/excel/excel.worksheet
// https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets
import { failure, sim } from "./helpers";

describe("worksheets", () => {
  test("add, getItem (case-insensitive), id, position, name", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Invites");
      added.load("name, id, position");
      const same = sheets.getItem("INVITES").load("id");
      await context.sync();
      expect([added.name, added.position]).toEqual(["Invites", 1]);
      expect(same.id).toBe(added.id);
      expect(added.id).toMatch(/^\{[0-9A-F-]+\}$/);
    });
  });

  test("add without a name picks the next SheetN; duplicate names fail with ItemAlreadyExists", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(x.user.sheetNames()).toEqual(["Sheet1", "Sheet2"]);
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.add("sheet2");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemAlreadyExists");
  });

  test("invalid sheet names are rejected with InvalidArgument", async () => {
    const x = sim();
    for (const bad of ["a/b", "x".repeat(32), "[x]"]) {
      const err = await failure(
        x.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      );
      expect(err.code).toBe("InvalidArgument");
    }
  });

  test("visibility Hidden / VeryHidden; the last visible sheet cannot be hidden or deleted", async () => {
    const x = sim();
    await x.run(async (context) => {
      const lists = context.workbook.worksheets.add("Lists");
      lists.visibility = "VeryHidden";
      await context.sync();
      lists.load("visibility");
      await context.sync();
      expect(lists.visibility).toBe("VeryHidden");
    });
    expect(x.user.isHidden("Lists")).toBe(true);
    expect(x.user.visibility("Lists")).toBe("VeryHidden");
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
    const del = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    );
    expect(del.code).toBe("InvalidOperation");
  });

  test("getActiveWorksheet follows activate(); deleting the active sheet activates another", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.add("B").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("B");
      context.workbook.worksheets.getItem("B").delete();
      await context.sync();
    });
    expect(x.user.activeSheet()).toBe("Sheet1");
  });

  test("position can be set to reorder sheets", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.add("B");
      context.workbook.worksheets.add("C").position = 0;
      await context.sync();
    });
    expect(x.user.sheetNames()).toEqual(["C", "Sheet1", "B"]);
  });

  test("renaming checks the new name", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = "My Sheet";
      const r = context.workbook.worksheets.getItem("My Sheet").getRange("A1").load("address");
      await context.sync();
      expect(r.address).toBe("'My Sheet'!A1");
    });
  });

  test("freezePanes.freezeRows and getLocationOrNullObject", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const none = sheet.freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      sheet.freezePanes.freezeRows(1);
      const loc = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(loc.address).toBe("Sheet1!1:1");
    });
    expect(x.user.frozenRows("Sheet1")).toBe(1);
  });
});
