// Value semantics. Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or
// equal sign ("="), Excel interprets this value as a formula."
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
// Number format "@" is Text: https://support.microsoft.com/office/format-numbers-as-text-583160db-1ed2-4a7f-9ddb-8a6c9b5ae0e2
import { failure, sim } from "./helpers";

describe("value semantics", () => {
  test("typing into General cells: numbers, booleans, formulas, apostrophe text", () => {
    const x = sim();
    x.user.type("A1", "123");
    x.user.type("A2", "TRUE");
    x.user.type("A3", "=1+2");
    x.user.type("A4", "'00123");
    x.user.type("A5", "007");
    x.user.type("A6", "=42");
    expect([1, 2, 3, 4, 5, 6].map((r) => x.user.value(`A${r}`))).toEqual([123, true, "#NAME?", "00123", 7, 42]);
    expect(x.user.formula("A3")).toBe("=1+2");
  });

  test("Text-formatted cells keep everything literal, including text starting with =", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:A3").numberFormat = [["@"]];
      await context.sync();
    });
    x.user.type("A1", "00123");
    x.user.type("A2", "=cmd|' /C calc'!A0");
    x.user.type("A3", "true");
    expect([x.user.value("A1"), x.user.value("A2"), x.user.value("A3")]).toEqual(["00123", "=cmd|' /C calc'!A0", "true"]);
    expect(x.user.formula("A2")).toBeUndefined();
  });

  test("Range.values strings starting with = enter formulas unless the cell is Text; formulas returns the text", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B1").numberFormat = [["@"]];
      const r = sheet.getRange("A1:B1");
      r.values = [["=SUM(1)", "=SUM(1)"]];
      r.load("values, formulas, text");
      await context.sync();
      expect(r.values).toEqual([["#NAME?", "=SUM(1)"]]);
      expect(r.formulas).toEqual([["=SUM(1)", "=SUM(1)"]]);
      expect(r.text).toEqual([["#NAME?", "=SUM(1)"]]);
    });
  });

  test("empty cells read as empty strings; null entries leave cells unchanged", async () => {
    const x = sim();
    x.user.type("B1", "keep");
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      r.values = [["new", null]];
      r.load("values");
      await context.sync();
      expect(r.values).toEqual([["new", "keep"]]);
    });
  });

  test("a single value (or 1x1 array) applies to every cell; other shapes must match (InvalidArgument)", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [["z"]];
      await context.sync();
    });
    expect(x.user.values("A1:B2")).toEqual([
      ["z", "z"],
      ["z", "z"],
    ]);
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [["a", "b"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toContain("doesn't match the size");
  });

  test("text is the displayed string under the number format", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:D1");
      r.values = [[0.5, 1234.5, 3, false]];
      r.numberFormat = [["0%", "#,##0.00", "0.00", "General"]];
      r.load("text, numberFormat");
      await context.sync();
      expect(r.text).toEqual([["50%", "1,234.50", "3.00", "FALSE"]]);
      expect(r.numberFormat).toEqual([["0%", "#,##0.00", "0.00", "General"]]);
    });
  });

  // Range.values (@types/office-js): "If the returned value starts with a plus ("+"), minus ("-"), or
  // equal sign ("="), Excel interprets this value as a formula." Typing behaves the same (from
  // experience: "+abc" shows as =+abc). Text format keeps the text.
  test("text starting with + or - becomes a formula in General cells, typed or written; numbers stay numbers", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:A4").values = [["+cmd"], ["-Bob"], ["-12.5"], ["+7"]];
      await context.sync();
    });
    x.user.type("B1", "+abc");
    x.user.type("B2", "-- 3");
    x.user.type("B3", "-");
    expect(["A1", "A2", "A3", "A4", "B1", "B2", "B3"].map((a) => x.user.value(a))).toEqual([
      "#NAME?",
      "#NAME?",
      -12.5,
      7,
      "#NAME?",
      3,
      "-",
    ]);
    expect(["A1", "A2", "B1", "B2"].map((a) => x.user.formula(a))).toEqual(["=+cmd", "=-Bob", "=+abc", "=-- 3"]);
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A2").load("values, formulas, valueTypes");
      await context.sync();
      expect([r.values, r.formulas, r.valueTypes]).toEqual([
        [["#NAME?"], ["#NAME?"]],
        [["=+cmd"], ["=-Bob"]],
        [["Error"], ["Error"]],
      ]);
    });
  });

  test("in Text-formatted cells + and - text stays as written", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A2");
      r.numberFormat = [["@"], ["@"]];
      r.values = [["+cmd"], ["-Bob"]];
      await context.sync();
    });
    expect([x.user.value("A1"), x.user.value("A2"), x.user.formula("A1")]).toEqual(["+cmd", "-Bob", undefined]);
  });
});
