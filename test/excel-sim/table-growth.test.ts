// Tables grow when a person types or pastes below or beside them (AutoExpansion, on by default):
// "To add a row or column to a table, type in a cell just below the last row or to the right of the
// last column, paste data into a cell, or insert rows or columns"; a paste "in the leftmost cell
// below the last table row" or "to the right of the table's rightmost column" joins the table.
// https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165
// Cases the article leaves open are from experience (docs/excel-sim.md marks them; docs/TESTING.md
// has the manual checks): pastes that start inside the table, the ColumnN header of a column
// started from a data cell, gaps, empty entries, and API writes (which never expand a table).
import fc from "fast-check";
import type { SimulatedExcel } from "../../src/excel-sim";
import { sim } from "./helpers";

/** Invites on A1:C3: header row 1, two data rows. */
async function invites(x: SimulatedExcel): Promise<void> {
  x.user.paste("A1", [
    ["Email", "Name", "Role"],
    ["a@x.com", "Ann", "Admin"],
    ["b@x.com", "Bob", "Member"],
  ]);
  await x.run(async (context) => {
    context.workbook.tables.add("A1:C3", true).name = "Invites";
    await context.sync();
  });
}

const table = (x: SimulatedExcel) => x.user.table("Invites");

describe.each(["web", "desktop"] as const)("on %s", (host) => {
  describe("typing beside or below a table", () => {
    test("a header typed right of the header row adds a column with that name (made unique)", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.type("D1", "Notes");
      expect(table(x)).toMatchObject({ address: "Sheet1!A1:D3", headers: ["Email", "Name", "Role", "Notes"] });
      x.user.type("E1", "name");
      expect(table(x)?.headers).toEqual(["Email", "Name", "Role", "Notes", "name2"]);
      expect(x.user.value("E1")).toBe("name2");
    });

    test("a value typed right of a data row adds a column headed Column1, then Column2", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.type("D3", "call first");
      x.user.type("E2", "vip");
      expect(table(x)).toMatchObject({ address: "Sheet1!A1:E3", headers: ["Email", "Name", "Role", "Column1", "Column2"] });
      await x.run(async (context) => {
        const col = context.workbook.tables.getItem("Invites").columns.getItem("Column1").getDataBodyRange().load("address, values");
        await context.sync();
        expect([col.address, col.values]).toEqual(["Sheet1!D2:D3", [[""], ["call first"]]]);
      });
    });

    test("typing in the first row below grows the table by that row; below a gap, diagonally, or an empty entry does not", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.type("A5", "after a gap");
      x.user.type("D4", "diagonal");
      x.user.type("B4", "");
      expect(table(x)?.address).toBe("Sheet1!A1:C3");
      x.user.type("B4", "Cy");
      expect(table(x)?.address).toBe("Sheet1!A1:C4");
      x.user.type("A6", "still a gap at row 5? no: row 5 now holds text, but it is not in the table");
      expect(table(x)?.address).toBe("Sheet1!A1:C4");
    });

    test("the typed cell's change reaches table.onChanged (the table grew before the event)", async () => {
      const x = sim({ host });
      await invites(x);
      const seen: string[] = [];
      await x.run(async (context) => {
        context.workbook.tables.getItem("Invites").onChanged.add(async (a) => void seen.push(a.address));
        await context.sync();
      });
      x.user.type("D2", "note");
      x.user.type("A4", "c@x.com");
      await x.settle();
      expect(seen).toEqual(["D2", "A4"]);
    });
  });

  describe("the header row", () => {
    test("a header cleared, typed blank or typed as a duplicate is renamed ColumnN / Name2 (from experience), by a person or the add-in", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.clear("B1");
      x.user.type("C1", "email");
      expect(table(x)?.headers).toEqual(["Email", "Column1", "email2"]);
      await x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").values = [["Email", "Email"]];
        await context.sync();
      });
      // "email2" is taken (names compare case-insensitively), so the next free name is Email3.
      expect(table(x)?.headers).toEqual(["Email", "Email3", "email2"]);
    });
  });

  describe("pasting over the end or beside a table", () => {
    test.each([
      ["A3", "on the last row"],
      ["A4", "right below"],
      ["B2", "inside the body, in a later column"],
    ])("a paste starting %s (%s) that runs past the last row grows the table to it", async (at) => {
      const x = sim({ host });
      await invites(x);
      x.user.paste(at, [["r1"], ["r2"], ["r3"], ["r4"]]);
      const last = Number(at.slice(1)) + 3;
      expect(table(x)?.address).toBe(`Sheet1!A1:C${last}`);
    });

    test("pasted columns beyond the table's stay outside it", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.paste("B4", [
        ["Cy", "Member", "extra"],
        ["Di", "Admin", "extra"],
      ]);
      expect(table(x)?.address).toBe("Sheet1!A1:C5");
      expect(x.user.value("D5")).toBe("extra");
    });

    test("a paste below a gap, left of the table, or that stays within the table changes nothing", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.paste("A5", [["x"], ["y"]]);
      x.user.paste("A2", [["p"], ["q"]]);
      expect(table(x)?.address).toBe("Sheet1!A1:C3");
      const y = sim({ host });
      y.user.paste("B1", [["Email"], ["a"]]);
      await y.run(async (context) => {
        context.workbook.tables.add("B1:B2", true).name = "Invites";
        await context.sync();
      });
      y.user.paste("A2", [
        ["x", "y"],
        ["x", "y"],
      ]);
      expect(table(y)?.address).toBe("Sheet1!B1:B2");
    });

    test("a paste right of the last column adds all its columns; on the header row it names them", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.paste("D1", [
        ["Notes", "Team"],
        ["n1", "t1"],
      ]);
      expect(table(x)).toMatchObject({ address: "Sheet1!A1:E3", headers: ["Email", "Name", "Role", "Notes", "Team"] });
      x.user.paste("F2", [["u", "v"]]);
      expect(table(x)).toMatchObject({
        address: "Sheet1!A1:G3",
        headers: ["Email", "Name", "Role", "Notes", "Team", "Column1", "Column2"],
      });
    });

    test("a table does not grow into another table", async () => {
      const x = sim({ host });
      await invites(x);
      x.user.paste("A6", [["Other"], ["o"]]);
      await x.run(async (context) => {
        context.workbook.tables.add("A6:A7", true);
        await context.sync();
      });
      x.user.paste("A4", [["c"], ["d"], ["e"]]);
      expect(table(x)?.address).toBe("Sheet1!A1:C3");
    });

    test("the add-in's own writes below or beside a table never grow it (AutoExpansion is a UI feature)", async () => {
      const x = sim({ host });
      await invites(x);
      await x.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A4:C4").values = [["c@x.com", "Cy", "Member"]];
        sheet.getRange("D1").values = [["Notes"]];
        await context.sync();
      });
      expect(table(x)?.address).toBe("Sheet1!A1:C3");
    });
  });

  describe("property: whatever is typed or pasted around a table", () => {
    const action = fc.record({
      kind: fc.constantFrom("type", "paste"),
      row: fc.integer({ min: 0, max: 8 }),
      col: fc.integer({ min: 0, max: 6 }),
      rows: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: 3 }),
      blank: fc.boolean(),
    });

    test("the table keeps its corner, only grows, keeps unique header names, and a row it gains holds the entry that made it grow", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { maxLength: 12 }), async (actions) => {
          const x = sim({ host });
          await invites(x);
          let before = { r1: 2, c1: 2 };
          for (const a of actions) {
            const addr = `${String.fromCharCode(65 + a.col)}${a.row + 1}`;
            const text = a.blank ? "" : "v";
            if (a.kind === "type") x.user.type(addr, text);
            else
              x.user.paste(
                addr,
                Array.from({ length: a.rows }, () => Array.from({ length: a.cols }, () => text)),
              );
            const t = table(x);
            const m = /^Sheet1!A1:([A-Z])(\d+)$/.exec(t?.address ?? "");
            expect(m).not.toBeNull();
            const after = { r1: Number(m?.[2]) - 1, c1: (m?.[1] ?? "A").charCodeAt(0) - 65 };
            expect(after.r1).toBeGreaterThanOrEqual(before.r1);
            expect(after.c1).toBeGreaterThanOrEqual(before.c1);
            const headers = t?.headers ?? [];
            expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(headers.length);
            expect(headers).toHaveLength(after.c1 + 1);
            if (after.r1 > before.r1 || after.c1 > before.c1) {
              // Growth comes only from a non-blank entry starting on the table's rows or the row below.
              expect(a.blank).toBe(false);
              expect(a.row).toBeLessThanOrEqual(before.r1 + 1);
            }
            before = after;
          }
        }),
        { numRuns: 80 },
      );
    });
  });
});
