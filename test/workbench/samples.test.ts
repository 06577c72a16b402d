// The workbench's sample loader: into the invite table (its blank rows first, then directly below
// it, so the table grows over every row), or with headers onto a sheet Set up can adopt.
import { TABLE_NAME, setUpSheet } from "../../src/workbook";
import { loadSampleRows } from "../../src/workbench/samples";
import { createSimHost } from "../../src/workbench/sim-host";

test("into the invite table: its blank row first, then below it; the table holds every row", async () => {
  const host = createSimHost("web");
  await setUpSheet(host.run);
  expect(loadSampleRows(host, 100)).toBe("Pasted 100 rows (4 with a mistake) into Invites.");
  expect(host.sim.user.table(TABLE_NAME)?.address).toBe("Invites!A1:F101");
  expect(host.sim.user.value("Invites!A2")).not.toBe("");
  loadSampleRows(host, 10);
  expect(host.sim.user.table(TABLE_NAME)?.address).toBe("Invites!A1:F111");
});

test("without a table: headers and rows on the active sheet, ready for Set up to adopt", async () => {
  const host = createSimHost("web");
  expect(loadSampleRows(host, 20)).toBe("Pasted 20 rows (1 with a mistake) with headers into Sheet1: choose Set up sheet to use them.");
  expect(host.sim.user.value("Sheet1!A1")).toBe("Splashtop account");
  const result = await setUpSheet(host.run);
  expect(result.outcome).toBe("adopted");
  expect(host.sim.user.table(TABLE_NAME)?.address).toBe("Sheet1!A1:F21");
});
