// onChanged: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// Args: https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
//       https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs
// triggerSource: https://learn.microsoft.com/javascript/api/excel/excel.eventtriggersource
// enableEvents: https://learn.microsoft.com/javascript/api/excel/excel.runtime
import { sim } from "./helpers";

type Args = Excel.WorksheetChangedEventArgs | Excel.TableChangedEventArgs;

async function listen(x: ReturnType<typeof sim>, where: "sheet" | "table" | "workbook" = "sheet"): Promise<Args[]> {
  const seen: Args[] = [];
  await x.run(async (context) => {
    const handler = async (args: Args) => void seen.push(args);
    if (where === "sheet") context.workbook.worksheets.getActiveWorksheet().onChanged.add(handler);
    if (where === "workbook") context.workbook.worksheets.onChanged.add(handler);
    if (where === "table") context.workbook.tables.getItem("Invites").onChanged.add(handler);
    await context.sync();
  });
  return seen;
}

async function withTable(x: ReturnType<typeof sim>): Promise<void> {
  x.user.paste("A1", [
    ["Email", "Role"],
    ["a@x.com", "Admin"],
  ]);
  await x.run(async (context) => {
    context.workbook.tables.add("A1:B2", true).name = "Invites";
    await context.sync();
  });
}

describe("onChanged", () => {
  test("a user's edit fires WorksheetChanged with Office's args, asynchronously after the edit", async () => {
    const x = sim();
    const seen = await listen(x);
    x.user.type("C3", "hello");
    expect(seen).toHaveLength(0);
    await x.settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      address: "C3",
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: "Unknown",
      details: { valueBefore: "", valueAfter: "hello", valueTypeAfter: "String" },
    });
    expect(seen[0]?.worksheetId).toMatch(/^\{/);
  });

  test("the add-in's own writes fire too, with triggerSource ThisLocalAddin, after sync", async () => {
    const x = sim();
    const seen = await listen(x);
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [
        ["1", "2"],
        ["3", "4"],
      ];
      await context.sync();
      expect(seen).toHaveLength(0);
    });
    await x.settle();
    expect(seen.map((a) => [a.address, (a as Excel.WorksheetChangedEventArgs).triggerSource, a.details])).toEqual([
      ["A1:B2", "ThisLocalAddin", undefined],
    ]);
  });

  test("formatting does not fire onChanged (that is onFormatChanged)", async () => {
    const x = sim();
    const seen = await listen(x);
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").format.fill.color = "red";
      await context.sync();
    });
    await x.settle();
    expect(seen).toHaveLength(0);
  });

  test("registration takes effect at sync; handler.remove() stops delivery after the next sync", async () => {
    const x = sim();
    const seen: unknown[] = [];
    await x.run(async (context) => {
      const result = context.workbook.worksheets.getActiveWorksheet().onChanged.add(async (a) => void seen.push(a));
      x.user.type("A1", "before sync");
      await x.settle();
      expect(seen).toHaveLength(0);
      await context.sync();
      x.user.type("A1", "registered");
      await x.settle();
      expect(seen).toHaveLength(1);
      result.remove();
      await context.sync();
    });
    x.user.type("A1", "removed");
    await x.settle();
    expect(seen).toHaveLength(1);
  });

  test("table.onChanged fires TableChanged with tableId for edits inside the table only", async () => {
    const x = sim();
    await withTable(x);
    const seen = await listen(x, "table");
    x.user.type("B2", "Member");
    x.user.type("F9", "outside");
    await x.settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: "TableChanged", address: "B2", changeType: "RangeEdited" });
    expect((seen[0] as Excel.TableChangedEventArgs).tableId).toBeTruthy();
    // Excel.TableChangedEventArgs has no triggerSource; code relying on it must use the sheet event.
    expect(seen[0]).not.toHaveProperty("triggerSource");
  });

  test("workbook.worksheets.onChanged hears every sheet", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.add("Two");
      await context.sync();
    });
    const seen = await listen(x, "workbook");
    x.user.type("Two!A1", "x");
    x.user.type("Sheet1!A1", "y");
    await x.settle();
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((a) => a.worksheetId)).size).toBe(2);
  });

  test("row inserts and deletes fire RowInserted / RowDeleted", async () => {
    const x = sim();
    const seen = await listen(x);
    x.user.insertRows("Sheet1", 2, 3);
    x.user.deleteRows("Sheet1", 5, 1);
    await x.settle();
    expect(seen.map((a) => [a.changeType, a.address])).toEqual([
      ["RowInserted", "2:4"],
      ["RowDeleted", "5:5"],
    ]);
  });

  test("table.rows.add fires RowInserted on the table", async () => {
    const x = sim();
    await withTable(x);
    const seen = await listen(x, "table");
    await x.run(async (context) => {
      context.workbook.tables.getItem("Invites").rows.add(undefined, [
        ["b@x.com", "Member"],
        ["c@x.com", "Admin"],
      ]);
      await context.sync();
    });
    await x.settle();
    expect(seen.map((a) => [a.type, a.changeType, a.address])).toEqual([["TableChanged", "RowInserted", "A3:B4"]]);
  });

  test("a dropdown pick does not fire on the web, and does on desktop (or when the option says so)", async () => {
    const cases = [
      [{ host: "web" }, 0],
      [{ host: "desktop" }, 1],
      [{ host: "web", dropdownPickFiresOnChanged: true }, 1],
    ] as const;
    for (const [options, expected] of cases) {
      const x = sim(options);
      await x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "Admin,Member" },
        };
        await context.sync();
      });
      const seen = await listen(x);
      x.user.pick("A1", "Admin");
      await x.settle();
      expect(seen).toHaveLength(expected);
      expect(x.user.value("A1")).toBe("Admin");
    }
  });

  test("args.getRange(context) gives a range in the handler's own Excel.run", async () => {
    const x = sim();
    const values: unknown[] = [];
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().onChanged.add(async (args) => {
        await x.run(async (ctx) => {
          const r = args.getRange(ctx).load("values");
          await ctx.sync();
          values.push(r.values);
        });
      });
      await context.sync();
    });
    x.user.paste("B2", [["1", "2"]]);
    await x.settle();
    expect(values).toEqual([[[1, 2]]]);
  });

  test("context.runtime.enableEvents = false suppresses delivery to this add-in", async () => {
    const x = sim();
    const seen = await listen(x);
    await x.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["quiet"]];
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await x.settle();
    expect(seen).toHaveLength(0);
  });

  test("errors thrown by handlers are kept for tests, not thrown into the writer", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().onChanged.add(async () => {
        throw new Error("boom");
      });
      await context.sync();
    });
    expect(() => x.user.type("A1", "x")).not.toThrow();
    await x.settle();
    expect(x.handlerErrors).toHaveLength(1);
  });
});
