// The workbench's Sort A to Z: Excel's Data > Sort A to Z with a cell of a table selected sorts the
// table's data rows by that cell's column, keeps the header, and is the person's edit (Ctrl+Z).
import { createSimHost } from "../../src/workbench/sim-host";
import { sortTableAtSelection } from "../../src/workbench/sort-table";

async function hostWithTable() {
  const host = createSimHost("web");
  host.act((user) =>
    user.paste("Sheet1!B2", [
      ["Email", "Name"],
      ["zed@example.com", "Zed"],
      ["amy@example.com", "Amy"],
      ["kim@example.com", ""],
    ]),
  );
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").tables.add("B2:C5", true).name = "People";
    await context.sync();
  });
  return host;
}

test("a cell of the table selected: its rows sorted by that column, header in place; Ctrl+Z puts them back", async () => {
  const host = await hostWithTable();
  host.act((user) => user.select("Sheet1!C4"));
  expect(sortTableAtSelection(host, true)).toBe("Sorted People by Name, A to Z.");
  // Blank cells sort last, as in Excel; whole rows move.
  expect(host.sim.user.values("Sheet1!B2:C5")).toEqual([
    ["Email", "Name"],
    ["amy@example.com", "Amy"],
    ["zed@example.com", "Zed"],
    ["kim@example.com", ""],
  ]);
  host.act((user) => user.select("Sheet1!B3"));
  expect(sortTableAtSelection(host, false)).toBe("Sorted People by Email, Z to A.");
  expect(host.sim.user.values("Sheet1!B3:B5")).toEqual([["zed@example.com"], ["kim@example.com"], ["amy@example.com"]]);
  host.undo();
  expect(host.sim.user.values("Sheet1!B3:B5")).toEqual([["amy@example.com"], ["zed@example.com"], ["kim@example.com"]]);
});

test("outside any table: nothing is sorted, and the message says what to select", async () => {
  const host = await hostWithTable();
  host.act((user) => user.select("Sheet1!E9"));
  const before = host.sim.user.values("Sheet1!B2:C5");
  expect(sortTableAtSelection(host, true)).toBe("Select a cell in a table first: Sort sorts the table's rows by that cell's column.");
  expect(host.sim.user.values("Sheet1!B2:C5")).toEqual(before);
});
