// Large writes arrive in pieces. `setRangePropertiesInBulk` in node_modules/@microsoft/office-js/dist/
// excel-web-16.00.debug.js: a 2D `values`/`formulas`/`numberFormat` array of more than 1,500 cells
// (maxCellCount) is sent as `range._ValidateArraySize(rows, columns)` and then one set per chunk of
// max(1, round(1500 / columns)) rows, each on its own range (getRow(i).getBoundingRect(getRow(j))),
// so Excel raises one change event per chunk, with that chunk's address. (That Excel raises one
// event per set is from experience; docs/TESTING.md has the manual check.)
import fc from "fast-check";
import { columnLetters } from "../../src/excel-sim/address";
import type { SimulatedExcel } from "../../src/excel-sim";
import { failure, sim } from "./helpers";

const grid = (rows: number, cols: number) => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));
const area = (r0: number, c0: number, r1: number, c1: number) =>
  r0 === r1 && c0 === c1 ? `${columnLetters(c0)}${r0 + 1}` : `${columnLetters(c0)}${r0 + 1}:${columnLetters(c1)}${r1 + 1}`;

/** The addresses of the change events one batch's `write` raises, in order. */
async function changesOf(x: SimulatedExcel, write: (sheet: Excel.Worksheet) => void): Promise<string[]> {
  const seen: string[] = [];
  await x.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.onChanged.add(async (a) => void seen.push(a.address));
    await context.sync();
    write(sheet);
    await context.sync();
  });
  await x.settle();
  return seen;
}

describe("large writes", () => {
  test("property: events tile the written block in row chunks of round(1500 / columns), top to bottom", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 5 }),
        async (rows, cols, top, left) => {
          const x = sim();
          const addresses = await changesOf(x, (sheet) => {
            sheet.getRangeByIndexes(top, left, rows, cols).values = grid(rows, cols);
          });
          const per = rows * cols > 1500 ? Math.max(1, Math.round(1500 / cols)) : rows;
          const expected: string[] = [];
          for (let r = 0; r < rows; r += per) expected.push(area(top + r, left, top + Math.min(rows, r + per) - 1, left + cols - 1));
          expect(addresses).toEqual(expected);
          expect(x.stats.history.at(-1)?.operations).toBe(rows * cols > 1500 ? expected.length + 1 : 1);
          expect(x.user.value(area(top + rows - 1, left + cols - 1, top + rows - 1, left + cols - 1))).toBe(`r${rows - 1}c${cols - 1}`);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("an import of 2,000 rows x 6 columns comes back as 8 events of 250 rows", async () => {
    const seen = await changesOf(sim(), (sheet) => {
      sheet.getRange("A2:F2001").values = grid(2000, 6);
    });
    expect(seen).toEqual(["A2:F251", "A252:F501", "A502:F751", "A752:F1001", "A1002:F1251", "A1252:F1501", "A1502:F1751", "A1752:F2001"]);
  });

  test("a single value or 1x1 array is one set whatever the range's size", async () => {
    const seen = await changesOf(sim(), (sheet) => {
      sheet.getRange("A1:C1000").values = [["same"]];
    });
    expect(seen).toEqual(["A1:C1000"]);
  });

  test("a big array of the wrong size fails the size check before any chunk is written", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1000").values = grid(999, 2);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(x.user.value("A1")).toBe("");
  });

  test("numberFormat is chunked the same way (one action per chunk) and raises no onChanged", async () => {
    const x = sim();
    const seen = await changesOf(x, (sheet) => {
      sheet.getRange("A1:A2000").numberFormat = Array.from({ length: 2000 }, () => ["@"]);
    });
    expect(seen).toEqual([]);
    expect(x.stats.history.at(-1)?.operations).toBe(3);
    expect(x.user.numberFormat("A2000")).toBe("@");
  });

  test("the set value stays readable on the proxy as the whole array (Office.js keeps m_values)", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A1600");
      r.values = grid(1600, 1);
      expect(r.values).toHaveLength(1600);
      await context.sync();
    });
  });
});
