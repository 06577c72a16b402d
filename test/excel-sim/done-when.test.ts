// "Done when": code written the way Office's samples write Excel.run code runs unchanged on the
// simulator (the batch receives an Excel.RequestContext), with the results and errors Office documents.
// Samples: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
//          https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
//          https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
import { createSimulatedExcel } from "../../src/excel-sim";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office-sample style code, typed only against @types/office-js. */
async function createExpensesTable(run: Run): Promise<string[][]> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sample");
    const expensesTable = sheet.tables.add("A1:D1", true);
    expensesTable.name = "ExpensesTable";
    expensesTable.getHeaderRowRange().values = [["Date", "Merchant", "Category", "Amount"]];
    expensesTable.rows.add(undefined, [
      ["1/1/2017", "The Phone Company", "Communications", "120"],
      ["1/2/2017", "Northwind Electric Cars", "Transportation", "142.33"],
    ]);
    sheet.getUsedRange().format.autofitColumns();
    sheet.activate();
    const body = expensesTable.getDataBodyRange();
    body.load("text");
    await context.sync();
    return body.text;
  });
}

describe("Office-sample code on the simulator", () => {
  test("creates a table, adds rows, reads back what Excel would show", async () => {
    const sim = createSimulatedExcel();
    await sim.run(async (context) => {
      context.workbook.worksheets.add("Sample");
      await context.sync();
    });
    const text = await createExpensesTable(sim.run);
    // As in the docs' result for this sample: the rows follow the header with no blank row.
    // (Dates stay text: the simulator does not parse dates.)
    expect(text).toEqual([
      ["1/1/2017", "The Phone Company", "Communications", "120"],
      ["1/2/2017", "Northwind Electric Cars", "Transportation", "142.33"],
    ]);
    expect(sim.user.activeSheet()).toBe("Sample");
  });

  test("the same code fails like Office when the sheet is missing", async () => {
    const sim = createSimulatedExcel();
    await expect(createExpensesTable(sim.run)).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    expect(sim.user.tables()).toEqual([]);
  });

  test("reading without load fails, as Office documents", async () => {
    const sim = createSimulatedExcel();
    await expect(
      sim.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("the sample's read loop: load values and address, sync, then read", async () => {
    const sim = createSimulatedExcel();
    sim.user.paste("B2", [
      ["Product", "Qty"],
      ["Almonds", "6"],
    ]);
    const out = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.load(["address", "values", "text"]);
      await context.sync();
      return { address: range.address, values: range.values, json: JSON.stringify(range.toJSON()) };
    });
    expect(out.address).toBe("Sheet1!B2:C3");
    expect(out.values).toEqual([
      ["Product", "Qty"],
      ["Almonds", 6],
    ]);
    expect(JSON.parse(out.json)).toMatchObject({
      values: [
        ["Product", "Qty"],
        ["Almonds", 6],
      ],
    });
  });
});
