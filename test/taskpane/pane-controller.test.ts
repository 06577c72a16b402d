// The pane controller over the (temporary) workbook adapter on the simulator: what the pane shows
// after set-up, edits, fixes and export, and how it reports errors and cancellation.
import { createSimulatedExcel } from "../../src/excel-sim";
import { connectWorkbook } from "../../src/taskpane/connect-workbook";
import { createPaneController, fixEdits, summarize } from "../../src/taskpane/pane-controller";
import type { WorkbookPort } from "../../src/taskpane/workbook-port";

function setup() {
  const sim = createSimulatedExcel({ host: "web" });
  const controller = createPaneController(connectWorkbook(sim.run));
  return { sim, controller, state: () => controller.getState() };
}

test("set up, type rows, live findings and summary; fixes; export blocked then skipping invalid rows", async () => {
  const { sim, controller, state } = setup();
  await controller.actions.setUpSheet();
  expect(state().sheetReady).toBe(true);
  expect(sim.user.value("Invites!A1")).toBe("Splashtop account");

  sim.user.paste("Invites!A2", [["ann@example.com", " Sales "], ["bo@example"], ["cy@example.com"]]);
  await sim.settle();
  expect(state().summary).toEqual({ rows: 3, ready: 2, errors: 1, warnings: 1 });
  expect(state().findings.map((f) => `${f.row}:${f.code}`)).toEqual(expect.arrayContaining(["3:invalid-email", "2:whitespace"]));

  await controller.actions.applyAllFixes();
  expect(sim.user.value("Invites!B2")).toBe("Sales");

  const blocked = await controller.actions.exportCsv({ skipInvalid: false });
  expect(blocked).toEqual(expect.objectContaining({ ok: false, rowsWithErrors: [3] }));
  expect(blocked?.ok === false && blocked.reason).toContain("row 3 has errors");

  const done = await controller.actions.exportCsv({ skipInvalid: true });
  expect(done).toEqual(expect.objectContaining({ ok: true, rowCount: 2, skippedRows: [3] }));
  expect(done?.ok && done.csv).toBe("Splashtop account,Group,Display name,License type,Role\r\nann@example.com,Sales,,,\r\ncy@example.com,,,,\r\n");
  await controller.stop();
});

test("clicking a finding selects its cell in the workbook", async () => {
  const { sim, controller } = setup();
  await controller.actions.setUpSheet();
  await controller.actions.selectCell(7, "licenseType");
  expect(sim.model.selection.rect).toEqual({ r0: 6, c0: 3, r1: 6, c1: 3 });
  await controller.stop();
});

test("import CSV appends or replaces rows", async () => {
  const { sim, controller, state } = setup();
  await controller.actions.setUpSheet();
  const file = new Blob(["Email;Name\r\nann@example.com;Ann\r\nbo@example.com;Bo\r\n"]);
  await controller.actions.importCsv(file, "append");
  await controller.actions.importCsv(file, "append");
  expect(sim.user.value("Invites!A5")).toBe("bo@example.com");
  expect(state().notice?.text).toContain("Added 2 rows from the file.");
  await controller.actions.importCsv(new Blob(["Email\r\ncy@example.com\r\n"]), "replace");
  expect(sim.user.values("Invites!A2:A3")).toEqual([["cy@example.com"], [""]]);
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const bad = await controller.actions.importCsv(new Blob([""]), "append");
  expect(bad).toBeNull();
  expect(state().error).toContain("The file is empty");
  expect(logged).toHaveBeenCalled();
  logged.mockRestore();
  await controller.stop();
});

test("Excel's errors reach the pane in plain words, never swallowed", async () => {
  const { controller, state } = setup();
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await controller.actions.recheck(); // no sheet set up yet
  expect(state().error).toMatch(/The invite sheet or its table is missing/);
  expect(state().busy).toBeNull();
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
});

test("Cancel stops long work and says so", async () => {
  let release: () => void = () => undefined;
  const port = {
    check: (_team, work) =>
      new Promise((resolve, reject) => {
        work.signal.addEventListener("abort", () => reject(work.signal.reason));
        release = () => resolve({ rows: 0, findings: [] });
      }),
  } as Partial<WorkbookPort> as WorkbookPort;
  const controller = createPaneController(port);
  const pending = controller.actions.recheck();
  expect(controller.getState().busy).toEqual(expect.objectContaining({ label: "Checking every row…", cancellable: true }));
  controller.actions.cancel();
  await pending;
  release();
  expect(controller.getState()).toEqual(expect.objectContaining({ busy: null, error: null }));
  expect(controller.getState().notice?.text).toBe("Checking every row: cancelled.");
});

test("summary and fix edits", () => {
  expect(summarize({ rows: 4, findings: [
    { row: 2, column: "account", code: "invalid-email", severity: "error", message: "x" },
    { row: 2, column: "role", code: "unknown-role", severity: "error", message: "x" },
    { row: 3, column: "group", code: "whitespace", severity: "warning", message: "x", fix: "A" },
  ] })).toEqual({ rows: 4, ready: 3, errors: 2, warnings: 1 });
  expect(fixEdits([
    { row: 3, column: "group", code: "whitespace", severity: "warning", message: "x", fix: "A" },
    { row: 3, column: "group", code: "non-canonical", severity: "warning", message: "x", fix: "B" },
    { row: 4, column: null, code: "seat-limit", severity: "error", message: "x" },
  ])).toEqual([{ row: 3, column: "group", value: "A" }]);
});
