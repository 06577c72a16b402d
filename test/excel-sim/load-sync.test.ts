// The proxy/queue contract:
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts
// https://learn.microsoft.com/javascript/api/office/officeextension.clientobject (isNullObject)
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
import { failure, sim, thrown } from "./helpers";

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded (RichApi.Error)", async () => {
    const x = sim();
    await x.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      const err = thrown(() => range.values);
      expect(err).toMatchObject({ code: "PropertyNotLoaded", name: "RichApi.Error" });
      expect(err.message).toContain("call the load method");
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  test("load accepts a string list, an array, {select, expand} and the nested object form", async () => {
    const x = sim();
    x.user.type("A1", "hi");
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const a = sheet.getRange("A1").load("values, address");
      const b = sheet.getRange("A1").load(["text", "format/fill/color"]);
      const c = sheet.getRange("A1").load({ select: "rowCount", expand: "format/font" });
      const d = sheet.getRange("A1").load({ format: { font: { bold: true } }, columnIndex: true } as never);
      await context.sync();
      expect([a.values, a.address]).toEqual([[["hi"]], "Sheet1!A1"]);
      expect([b.text, b.format.fill.color]).toEqual([[["hi"]], "#FFFFFF"]);
      expect([c.rowCount, c.format.font.bold, c.format.font.name]).toEqual([1, false, "Calibri"]);
      expect([d.format.font.bold, d.columnIndex]).toEqual([false, 0]);
      expect(() => d.format.font.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("toJSON returns the loaded properties and loaded navigation objects", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("B2").load("address, format/fill/color");
      await context.sync();
      expect(r.toJSON()).toEqual({ address: "Sheet1!B2", format: { fill: { color: "#FFFFFF" } } });
    });
  });

  test("writes are queued and reach the workbook only at sync", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["queued"]];
      expect(x.user.value("A1")).toBe("");
      await context.sync();
      expect(x.user.value("A1")).toBe("queued");
    });
  });

  test("a set value is readable on the same proxy right away, as Office.js keeps it locally", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      r.values = [["5"]];
      expect(r.values).toEqual([["5"]]);
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([[5]]);
    });
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; earlier actions were applied, later ones not", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getActiveWorksheet().getRange("A1").values = [["before"]];
        sheets.getItem("Nope").getRange("A1").values = [["x"]];
        sheets.getActiveWorksheet().getRange("A2").values = [["after"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect([x.user.value("A1"), x.user.value("A2")]).toEqual(["before", ""]);
  });

  test("getItem that is never used does not fail (object paths are resolved when used)", async () => {
    const x = sim();
    await expect(
      x.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    ).resolves.toBeUndefined();
  });

  test("getItemOrNullObject gives isNullObject after sync, and not before", async () => {
    const x = sim();
    await x.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(missing.name).toBeUndefined();
    });
  });

  test("actions on a null object are ignored rather than failing", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(x.user.sheetNames()).toEqual(["Sheet1"]);
  });

  test("ClientResult.value throws ValueNotLoaded until sync", async () => {
    const x = sim();
    await x.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("Excel.run syncs pending actions after the batch resolves and returns the batch's value", async () => {
    const x = sim();
    const result = await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C3").values = [["tail"]];
      return 42;
    });
    expect(result).toBe(42);
    expect(x.user.value("C3")).toBe("tail");
  });

  test("the batch must return a promise (RunMustReturnPromise)", async () => {
    const x = sim();
    const err = await failure(x.run((() => undefined) as never));
    expect(err.code).toBe("RunMustReturnPromise");
  });

  test("using an object after its run has finished fails with InvalidObjectPath; loaded values stay readable", async () => {
    const x = sim();
    let kept: { load(s: string): unknown; values: unknown; format: unknown } | undefined;
    let oldContext: { sync(): Promise<void> } | undefined;
    await x.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
      await context.sync();
      kept = range;
      oldContext = context;
    });
    expect(kept?.values).toEqual([[""]]);
    expect(() => kept?.load("address")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    expect(() => ((kept as unknown as { values: unknown }).values = [["x"]])).toThrow(/isn't working/);
    await expect(oldContext?.sync()).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });

  test("loading a property that does not exist fails at sync with InvalidArgument", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("collections: items need load + sync, and load('name') applies to each item", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Invites");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Invites"]);
      expect(() => sheets.items[0]?.visibility).toThrow(/not available/);
    });
  });
});
