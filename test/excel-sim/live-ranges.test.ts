// Range objects follow their cells: "unlike ranges or columns, which will adjust if new rows or
// columns are added before them, a `TableRow` object represents the physical location of the table
// row, but not the data" (TableRowCollection.add / getItemAt doc comments, @types/office-js).
// A range whose cells are all deleted fails with InvalidReference when used (from experience).
import fc from "fast-check";
import { failure, sim } from "./helpers";

describe("ranges follow inserted and deleted rows", () => {
  test("rows inserted above a range (by the add-in or by the user) move it down; later writes land on its cells", async () => {
    const x = sim();
    x.user.paste("A5", [["ann@example.com"]]);
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const cell = sheet.getRange("A5").load("address");
      await context.sync();
      sheet.getRange("2:3").insert("Down");
      await context.sync();
      x.user.insertRows("Sheet1", 1, 1);
      cell.values = [["still Ann's cell"]];
      cell.load("address");
      await context.sync();
      expect(cell.address).toBe("Sheet1!A8");
    });
    expect([x.user.value("A8"), x.user.value("A5")]).toEqual(["still Ann's cell", ""]);
  });

  test("a range grows with rows inserted inside it and shrinks with rows deleted from it", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const block = sheet.getRange("B2:C6").load("address");
      await context.sync();
      sheet.getRange("4:5").insert("Down");
      block.load("address");
      await context.sync();
      expect(block.address).toBe("Sheet1!B2:C8");
      sheet.getRange("1:3").delete("Up");
      block.load("address");
      await context.sync();
      expect(block.address).toBe("Sheet1!B1:C5");
    });
  });

  test("a range whose rows were all deleted can no longer be used (InvalidReference)", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const cell = sheet.getRange("A5").load("address");
        await context.sync();
        sheet.getRange("4:6").delete("Up");
        await context.sync();
        cell.values = [["x"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidReference");
  });

  test("cells shifted down in some columns move only ranges within those columns", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const inBand = sheet.getRange("B5").load("address");
      const outside = sheet.getRange("D5").load("address");
      const across = sheet.getRange("A5:D5").load("address");
      await context.sync();
      sheet.getRange("A2:B3").insert("Down");
      [inBand, outside, across].forEach((r) => r.load("address"));
      await context.sync();
      expect([inBand.address, outside.address, across.address]).toEqual(["Sheet1!B7", "Sheet1!D5", "Sheet1!A5:D5"]);
    });
  });

  test("a TableRow keeps its position: after rows.add(0) it holds the new first row", async () => {
    const x = sim();
    x.user.paste("A1", [["Email"], ["old@x.com"]]);
    await x.run(async (context) => {
      const t = context.workbook.tables.add("A1:A2", true);
      const first = t.rows.getItemAt(0).load("values");
      const firstCell = t.getDataBodyRange().getCell(0, 0).load("address");
      await context.sync();
      t.rows.add(0, [["new@x.com"]]);
      first.load("values");
      firstCell.load("address");
      await context.sync();
      expect(first.values).toEqual([["new@x.com"]]);
      expect(firstCell.address).toBe("Sheet1!A3");
    });
  });

  test("property: after any inserts and deletes of whole rows, a live cell reads back the value it was given", async () => {
    const op = fc.record({ insert: fc.boolean(), at: fc.integer({ min: 1, max: 12 }), count: fc.integer({ min: 1, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10 }), fc.array(op, { maxLength: 6 }), async (row, ops) => {
        const x = sim();
        x.user.type(`C${row}`, "mine");
        await x.run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          const cell = sheet.getRange(`C${row}`).load("address");
          await context.sync();
          let alive = true;
          let at = row;
          for (const { insert, at: r, count } of ops) {
            if (insert) {
              sheet.getRange(`${r}:${r + count - 1}`).insert("Down");
              if (r <= at) at += count;
            } else {
              sheet.getRange(`${r}:${r + count - 1}`).delete("Up");
              if (r <= at && at <= r + count - 1) alive = false;
              else if (r < at) at -= count;
            }
            await context.sync();
            if (!alive) break;
          }
          if (!alive) {
            cell.load("values");
            await expect(context.sync()).rejects.toMatchObject({ code: "InvalidReference" });
            return;
          }
          cell.load("values, address");
          await context.sync();
          expect([cell.values, cell.address]).toEqual([[["mine"]], `Sheet1!C${at}`]);
        });
      }),
      { numRuns: 80 },
    );
  });
});
