// Ranges: https://learn.microsoft.com/javascript/api/excel/excel.range
// Formats: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-format
// Used range: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
// Insert/delete: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-insert
// RangeAreas: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
import { failure, sim } from "./helpers";

describe("ranges", () => {
  test("navigation: getCell, getResizedRange, getOffsetRange, getRow/Column, entire row/column, last row", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("B2:D5");
      const parts = [
        r.getCell(1, 2),
        r.getResizedRange(1, -1),
        r.getOffsetRange(2, 1),
        r.getRow(0),
        r.getColumn(2),
        r.getEntireRow(),
        r.getEntireColumn(),
        r.getLastRow(),
        r.getRowsBelow(2),
      ].map((p) => p.load("address"));
      const dims = r.load("rowCount, columnCount, rowIndex, columnIndex");
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual([
        "Sheet1!D3",
        "Sheet1!B2:C6",
        "Sheet1!C4:E7",
        "Sheet1!B2:D2",
        "Sheet1!D2:D5",
        "Sheet1!2:5",
        "Sheet1!B:D",
        "Sheet1!B5:D5",
        "Sheet1!B6:D7",
      ]);
      expect([dims.rowCount, dims.columnCount, dims.rowIndex, dims.columnIndex]).toEqual([4, 3, 1, 1]);
    });
  });

  test("moving off the sheet fails at sync with InvalidArgument", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("getIntersectionOrNullObject", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:C3");
      const hit = r.getIntersectionOrNullObject("B2:E9").load("address");
      const miss = r.getIntersectionOrNullObject("F1:G2");
      await context.sync();
      expect(hit.address).toBe("Sheet1!B2:C3");
      expect(miss.isNullObject).toBe(true);
    });
  });

  test("used range: values only vs formats; a blank sheet's used range is A1; OrNullObject is null", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const blank = sheet.getUsedRange().load("address");
      const none = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(blank.address).toBe("Sheet1!A1");
      expect(none.isNullObject).toBe(true);
      sheet.getRange("B2").values = [["x"]];
      sheet.getRange("D9").format.fill.color = "yellow";
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      await context.sync();
      expect(values.address).toBe("Sheet1!B2");
      expect(all.address).toBe("Sheet1!B2:D9");
    });
  });

  test("format.fill.color / clear and format.font, reading null for mixed formats", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B1").format.fill.color = "#ffc7ce";
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.font.color = "#9C0006";
      const mixed = sheet.getRange("A1:C1").format.fill.load("color");
      const font = sheet.getRange("A1").format.font.load("bold, color, size, name");
      await context.sync();
      expect(mixed.color).toBeNull();
      expect(font.toJSON()).toEqual({ bold: true, color: "#9C0006", size: 11, name: "Calibri" });
      sheet.getRange("A1:B1").format.fill.clear();
      await context.sync();
    });
    expect([x.user.fill("A1"), x.user.fill("B1"), x.user.bold("A1")]).toEqual([undefined, undefined, true]);
  });

  // Whole-column formats: the unbounded-ranges article forbids them; office-js-docs-pr#5400 reports
  // a 1x1 numberFormat is accepted. Strict by default; the option plays the reported behaviour.
  test("a number format on whole columns is refused by default (unbounded-ranges article)", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A:B").numberFormat = [["@"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(x.user.numberFormat("A1")).toBe("General");
  });

  test("with unboundedFormatBroadcast (office-js-docs-pr#5400) a 1x1 format covers every row, including rows written later", async () => {
    const x = sim({ unboundedFormatBroadcast: true });
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A:B").numberFormat = [["@"]];
      await context.sync();
    });
    x.user.type("B40000", "0042");
    expect(x.user.value("B40000")).toBe("0042");
    expect(x.user.numberFormat("C1")).toBe("General");
  });

  test("columnWidth and autofitColumns", async () => {
    const x = sim();
    x.user.type("A1", "a fairly long piece of text");
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("A:A").format.autofitColumns();
      const b = sheet.getRange("B1").format.load("columnWidth");
      await context.sync();
      expect(b.columnWidth).toBe(120);
    });
    expect(x.user.columnWidth("Sheet1", 0)).toBeGreaterThan(48);
  });

  test("clear() removes contents and formats; clear('Contents') keeps formats", async () => {
    const x = sim();
    x.user.paste("A1", [["a", "b"]]);
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B1").format.fill.color = "red";
      sheet.getRange("A1").clear();
      sheet.getRange("B1").clear("Contents");
      await context.sync();
    });
    expect([x.user.value("A1"), x.user.fill("A1"), x.user.value("B1"), x.user.fill("B1")]).toEqual(["", undefined, "", "#FF0000"]);
  });

  test("insert Down / delete Up shift cells below", async () => {
    const x = sim();
    x.user.paste("A1", [["1"], ["2"], ["3"]]);
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A2").insert("Down");
      await context.sync();
      expect(x.user.values("A1:A4")).toEqual([[1], [""], [2], [3]]);
      sheet.getRange("A1:A2").delete("Up");
      await context.sync();
    });
    expect(x.user.values("A1:A3")).toEqual([[2], [3], [""]]);
  });

  test("getRanges: one RangeAreas fills many scattered cells in one action", async () => {
    const x = sim();
    await x.run(async (context) => {
      const areas = context.workbook.worksheets.getActiveWorksheet().getRanges("A1:B2, D4, F10");
      areas.format.fill.color = "#FFFF00";
      areas.load("address, areaCount, cellCount");
      await context.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["Sheet1!A1:B2,Sheet1!D4,Sheet1!F10", 3, 6]);
    });
    expect(["A1", "B2", "D4", "F10", "C3"].map((a) => x.user.fill(a))).toEqual(["#FFFF00", "#FFFF00", "#FFFF00", "#FFFF00", undefined]);
    expect(x.stats.history.at(-1)?.operations).toBe(2);
  });

  test("select() sets the selection and activates the sheet", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.add("Other").getRange("C3:D4").select();
      const sel = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(sel.address).toBe("Other!C3:D4");
    });
    expect(x.user.activeSheet()).toBe("Other");
  });
});
