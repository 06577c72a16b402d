// Unbounded ranges and the read limit.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded: reads of whole
// columns/rows "contain `null` values for cell-level properties such as values, text, numberFormat,
// and formula. Other properties of the range, such as address and cellCount, will contain valid
// values"; "You cannot set cell-level properties such as values, numberFormat, and formula on an
// unbounded range ... The API returns an error." (null reads also in office-js#4792; the 1x1
// numberFormat exception reported in office-js-docs-pr#5400 is behind `unboundedFormatBroadcast`.)
// "A range is limited to 5,000,000 cells for read operations":
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// with RangeExceedsLimit (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
// Range.cellCount "will return -1 if the cell count exceeds 2^31-1" (@types/office-js).
import { failure, sim } from "./helpers";

describe("unbounded ranges", () => {
  test("reading whole columns gives null cell-level properties and real address and cellCount", async () => {
    for (const host of ["web", "desktop"] as const) {
      const x = sim({ host });
      x.user.paste("A1", [["a", "1"]]);
      await x.run(async (context) => {
        const r = context.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A:B")
          .load("values, text, formulas, numberFormat, valueTypes, address, cellCount, isEntireColumn");
        await context.sync();
        expect([r.values, r.text, r.formulas, r.numberFormat, r.valueTypes]).toEqual([null, null, null, null, null]);
        expect([r.address, r.cellCount, r.isEntireColumn]).toEqual(["Sheet1!A:B", 2 * 1_048_576, true]);
      });
    }
  });

  test("whole rows too; the whole sheet's cellCount is -1 (over 2^31-1)", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const rows = sheet.getRange("2:3").load("values, address");
      const all = sheet.getRange().load("values, cellCount");
      await context.sync();
      expect([rows.values, rows.address, all.values, all.cellCount]).toEqual([null, "Sheet1!2:3", null, -1]);
    });
  });

  test("writing values, formulas or numberFormat to whole columns or rows fails with InvalidArgument; nothing is written", async () => {
    for (const write of [
      (r: Excel.Range) => {
        r.values = [["x"]];
      },
      (r: Excel.Range) => {
        r.formulas = [["=1"]];
      },
      (r: Excel.Range) => {
        r.numberFormat = [["@"]];
      },
    ]) {
      for (const address of ["C:C", "4:4"]) {
        const x = sim();
        const err = await failure(
          x.run(async (context) => {
            write(context.workbook.worksheets.getActiveWorksheet().getRange(address));
            await context.sync();
          }),
        );
        expect(err.code).toBe("InvalidArgument");
        expect([x.user.value("C4"), x.user.numberFormat("C4")]).toEqual(["", "General"]);
      }
    }
  });

  test("getEntireColumn() of a bounded range is unbounded: its numberFormat cannot be set", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:E1").getEntireColumn().numberFormat = [["@"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("formats other than cell-level properties (fill, font, column width) and clear() work on whole columns", async () => {
    const x = sim();
    x.user.type("A9", "x");
    await x.run(async (context) => {
      const col = context.workbook.worksheets.getActiveWorksheet().getRange("A:A");
      col.format.fill.color = "#FFFF00";
      col.format.columnWidth = 80;
      col.clear("Contents");
      await context.sync();
    });
    expect([x.user.fill("A5000"), x.user.columnWidth("Sheet1", 0), x.user.value("A9")]).toEqual(["#FFFF00", 80, ""]);
  });

  test("with unboundedFormatBroadcast only a 1x1 numberFormat array passes; values still fail", async () => {
    const x = sim({ unboundedFormatBroadcast: true });
    const err = await failure(
      x.run(async (context) => {
        const col = context.workbook.worksheets.getActiveWorksheet().getRange("A:A");
        col.numberFormat = [["@"]];
        await context.sync();
        col.values = [["x"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(x.user.numberFormat("A77")).toBe("@");
  });
});

describe("the 5,000,000-cell read limit", () => {
  test("a bounded read of more than 5,000,000 cells fails with RangeExceedsLimit on both hosts; its address and size still load", async () => {
    for (const host of ["web", "desktop"] as const) {
      const x = sim({ host, payloadLimitBytes: Number.POSITIVE_INFINITY });
      const err = await failure(
        x.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange("A1:E1000001").load("values");
          await context.sync();
        }),
      );
      expect(err.code).toBe("RangeExceedsLimit");
      await x.run(async (context) => {
        const ok = context.workbook.worksheets.getActiveWorksheet().getRange("A1:E1000000").load("address");
        const big = context.workbook.worksheets.getActiveWorksheet().getRange("A1:E1000001").load("address, rowCount");
        await context.sync();
        expect([ok.address, big.rowCount]).toEqual(["Sheet1!A1:E1000000", 1_000_001]);
      });
    }
  });
});
