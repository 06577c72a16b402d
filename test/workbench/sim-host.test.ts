// The workbench's simulated Excel as the grid and the "Paste rows" box use it: a person's paste
// is one edit, covering exactly the block pasted, and undone as one.
import { createSimHost } from "../../src/workbench/sim-host";

test("a paste of more rows than a function call takes arguments lands whole, and Ctrl+Z takes it back", () => {
  const host = createSimHost("web");
  const sheet = host.sim.model.activeSheet;
  const rows = Array.from({ length: 200_000 }, (_, i) => [`user${i}@example.com`]);
  rows[5] = ["bo@example.com", "Sales", "Bo"];
  expect(host.paste(sheet, 1, 0, rows)).toBe("Sheet1!A2");
  expect(host.sim.user.value("Sheet1!A200001")).toBe("user199999@example.com");
  expect(host.sim.user.value("Sheet1!C7")).toBe("Bo");
  expect(host.undo()).not.toBeNull();
  expect(host.sim.user.value("Sheet1!A200001")).toBe("");
  expect(host.sim.user.value("Sheet1!C7")).toBe("");
});

test("nothing to paste: no edit, nothing to undo", () => {
  const host = createSimHost("desktop");
  expect(host.paste(host.sim.model.activeSheet, 0, 0, [])).toBeNull();
  expect(host.undo()).toBeNull();
});
