// The user side: what a person does in the grid and sees.
// Sort moves cell formats with the rows:
// https://support.microsoft.com/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654
// Inserting/deleting rows shifts cells and resizes tables:
// https://support.microsoft.com/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246
import { sim } from "./helpers";

async function table(x: ReturnType<typeof sim>): Promise<void> {
  x.user.paste("A1", [
    ["Email", "Role"],
    ["c@x.com", "Member"],
    ["a@x.com", "Admin"],
    ["b@x.com", "Member"],
  ]);
  await x.run(async (context) => {
    context.workbook.tables.add("A1:B4", true).name = "Invites";
    context.workbook.worksheets.getActiveWorksheet().getRange("A3").format.fill.color = "#FFC7CE";
    await context.sync();
  });
}

describe("user actions", () => {
  test("sort a table by a column: values and fills move with their rows", async () => {
    const x = sim();
    await table(x);
    x.user.sort("Invites", { column: 0 });
    expect(x.user.values("A2:B4")).toEqual([
      ["a@x.com", "Admin"],
      ["b@x.com", "Member"],
      ["c@x.com", "Member"],
    ]);
    expect(x.user.fill("A2")).toBe("#FFC7CE");
    expect(x.user.fill("A3")).toBeUndefined();
  });

  test("sort a range with a header row, descending; numbers before text, blanks last", () => {
    const x = sim();
    x.user.paste("A1", [["H"], ["b"], [""], ["10"], ["a"], ["2"]]);
    x.user.sort("A1:A6", { column: 0, ascending: false, hasHeaders: true });
    expect(x.user.values("A1:A6").flat()).toEqual(["H", "b", "a", 10, 2, ""]);
    x.user.sort("A2:A6", { column: 0 });
    expect(x.user.values("A2:A6").flat()).toEqual([2, 10, "a", "b", ""]);
  });

  test("deleteRows shifts cells up and shrinks a table that contained them", async () => {
    const x = sim();
    await table(x);
    x.user.type("A8", "below");
    x.user.deleteRows("Sheet1", 2, 2);
    expect(x.user.values("A1:A3")).toEqual([["Email"], ["b@x.com"], [""]]);
    expect(x.user.value("A6")).toBe("below");
    expect(x.user.table("Invites")).toMatchObject({ address: "Sheet1!A1:B2", rowCount: 1 });
  });

  test("insertRows inside a table grows it; above it moves it", async () => {
    const x = sim();
    await table(x);
    x.user.insertRows("Sheet1", 3, 2);
    expect(x.user.table("Invites")?.address).toBe("Sheet1!A1:B6");
    expect(x.user.values("A3:A5")).toEqual([[""], [""], ["a@x.com"]]);
    x.user.insertRows("Sheet1", 1);
    expect(x.user.table("Invites")?.address).toBe("Sheet1!A2:B7");
  });

  test("deleting rows that split a table's header from its body is refused", async () => {
    const x = sim();
    await table(x);
    expect(() => x.user.deleteRows("Sheet1", 1, 2)).toThrow(expect.objectContaining({ code: "InsertDeleteConflict" }));
  });

  test("reads: value, text, fill, validation; addresses default to the active sheet", async () => {
    const x = sim();
    await x.run(async (context) => {
      const s = context.workbook.worksheets.add("Invites");
      s.getRange("B2").numberFormat = [["0.00"]];
      s.activate();
      await context.sync();
    });
    x.user.type("B2", "3");
    expect([x.user.value("B2"), x.user.text("B2"), x.user.text("Invites!B2"), x.user.fill("B2")]).toEqual([3, "3.00", "3.00", undefined]);
    expect(x.user.value("Sheet1!B2")).toBe("");
  });

  test("clear() is the Delete key: contents go, formats and validation stay", async () => {
    const x = sim();
    await table(x);
    x.user.clear("A3");
    expect([x.user.value("A3"), x.user.fill("A3")]).toEqual(["", "#FFC7CE"]);
  });

  test("usedRange and sheetNames", () => {
    const x = sim();
    x.user.paste("B2", [
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(x.user.usedRange()).toBe("Sheet1!B2:C3");
    expect(x.user.sheetNames()).toEqual(["Sheet1"]);
  });

  test("a 50,000-row paste lands in full and keeps Text formatting", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A2:A50001").numberFormat = [["@"]];
      await context.sync();
    });
    const rows = Array.from({ length: 50_000 }, (_, i) => [`00${i}`, `${i}`]);
    x.user.paste("A2", rows);
    expect([x.user.value("A50001"), x.user.value("B50001")]).toEqual(["0049999", 49999]);
    expect(x.user.usedRange()).toBe("Sheet1!A2:B50001");
  });
});
