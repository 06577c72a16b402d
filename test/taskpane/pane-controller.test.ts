// The pane controller over the real workbook layer on the simulator: what the pane shows after
// set-up, edits, fixes, export and import, and how it reports errors and cancellation.
import { createSimulatedExcel, type SimOptions } from "../../src/excel-sim";
import { cellsOfRow, sampleSheet } from "../../src/invites";
import {
  ERROR_FILL,
  LISTS_SHEET_NAME,
  WARNING_FILL,
  type LiveValidationOptions,
  type SheetSnapshot,
  type SheetSummary,
} from "../../src/workbook";
import { connectWorkbook } from "../../src/taskpane/connect-workbook";
import { createPaneController, type PaneOptions } from "../../src/taskpane/pane-controller";
import type { WorkbookPort } from "../../src/taskpane/workbook-port";

function setup(options: PaneOptions = {}, sim: SimOptions = { host: "web" }) {
  const excel = createSimulatedExcel(sim);
  const controller = createPaneController(connectWorkbook(excel.run), options);
  return { excel, controller, state: () => controller.getState() };
}

/** Console errors the controller logs on purpose (it logs every error it shows). */
function quietConsole(): jest.SpyInstance {
  return jest.spyOn(console, "error").mockImplementation(() => undefined);
}

test("set up, type rows: live findings, summary, fills and Status in the sheet; Fix all clears them", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  expect(state()).toEqual(expect.objectContaining({ sheetReady: true, busy: null }));
  expect(state().message).toEqual(
    expect.objectContaining({ intent: "success", text: "Created the sheet Invites.", source: "setup", transient: true }),
  );
  expect(excel.user.value("Invites!A1")).toBe("Splashtop account");

  excel.user.type("Invites!A2", "ann@example.com");
  // Directly below the table: it grows over the pasted rows.
  excel.user.paste("Invites!A3", [["bo@example"], ["cy@example.com", " Sales "]]);
  await excel.settle();
  expect(state().summary).toEqual({ rows: 3, ready: 2, withErrors: 1, withWarnings: 1, submitted: 0, outside: null });
  // The person's edits made "Created the sheet" out of date: it is gone.
  expect(state().message).toBeNull();
  expect(state().findings.map((f) => `${f.row}:${f.code}`)).toEqual(["3:invalid-email", "4:whitespace"]);
  expect(excel.user.fill("Invites!A3")).toBe(ERROR_FILL);
  expect(excel.user.fill("Invites!B4")).toBe(WARNING_FILL);
  expect(String(excel.user.value("Invites!F3"))).toMatch(/^Error in Splashtop account: "bo@example" is missing the end of the domain/);

  await controller.actions.applyAllFixes();
  expect(state().message).toEqual(expect.objectContaining({ text: "Fixed 1 cell.", source: "fix", undo: "Undo Fix all" }));
  await excel.settle();
  expect(excel.user.value("Invites!B4")).toBe("Sales");
  expect(state().findings.map((f) => `${f.row}:${f.code}`)).toEqual(["3:invalid-email"]);
  expect(excel.user.fill("Invites!B4")).toBeUndefined();
  expect(excel.user.value("Invites!F4")).toBe("");
  // The fix's own writes (and their checks) are not a person's edit: the result and its Undo stay.
  expect(state().message?.undo).toBe("Undo Fix all");
  await controller.stop();
});

test("export: re-checks first, blocked while errors remain (rows named), Skip invalid rows exports the rest", async () => {
  const { excel, controller } = setup();
  await controller.actions.setUpSheet();
  excel.user.type("Invites!A2", "ann@example.com");
  excel.user.paste("Invites!A3", [["bo@example"], ["cy@example.com", "Sales", "Cy", "technician", "admin"]]);
  await excel.settle();

  const blocked = await controller.actions.exportCsv({ skipInvalid: false });
  expect(blocked).toEqual({
    ok: false,
    rowsWithErrors: [3],
    reason: 'Export is blocked: row 3 has errors. Fix them, or choose "Skip invalid rows" to leave them out of the file.',
  });

  const done = await controller.actions.exportCsv({ skipInvalid: true });
  expect(done).toEqual(expect.objectContaining({ ok: true, fileName: "splashtop-invites.csv", rowCount: 2, skippedRows: [3] }));
  expect(done?.ok && done.csv).toBe(
    "Splashtop account,Group,Display name,License type,Role\r\nann@example.com,,,,\r\ncy@example.com,Sales,Cy,Support,Admin\r\n",
  );
  await controller.stop();
});

test("on the web a dropdown pick is not reported; Export's re-check still sees it", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.paste("Invites!A2", [["ann@example.com", "", "", "", "Owner"]]);
  await excel.settle();
  expect(state().findings.map((f) => f.code)).toEqual(["unknown-role"]);
  excel.user.pick("Invites!E2", "Member");
  await excel.settle();
  expect(state().findings.map((f) => f.code)).toEqual(["unknown-role"]); // nothing told the pane
  const done = await controller.actions.exportCsv({ skipInvalid: false });
  expect(done?.ok).toBe(true);
  expect(state().findings).toEqual([]);
  expect(excel.user.value("Invites!F2")).toBe("");
  await controller.stop();
});

test("opening the pane on a workbook that has the table starts live validation without Set up", async () => {
  const excel = createSimulatedExcel({ host: "web" });
  const first = createPaneController(connectWorkbook(excel.run));
  await first.actions.setUpSheet();
  excel.user.type("Invites!A2", "not-an-address");
  await excel.settle();
  await first.stop();

  const reopened = createPaneController(connectWorkbook(excel.run));
  expect(reopened.getState().sheetReady).toBe(false);
  await reopened.start();
  expect(reopened.getState().sheetReady).toBe(true);
  expect(reopened.getState().summary).toEqual(expect.objectContaining({ rows: 1, withErrors: 1 }));
  excel.user.type("Invites!A2", "ann@example.com");
  await excel.settle();
  expect(reopened.getState().summary).toEqual(expect.objectContaining({ rows: 1, withErrors: 0 }));
  await reopened.stop();

  const empty = setup();
  await empty.controller.start();
  expect(empty.state()).toEqual(expect.objectContaining({ sheetReady: false, summary: null, message: null }));
});

test("Set up adopts a sheet whose headers it recognises, and names the columns it leaves alone", async () => {
  const { excel, controller, state } = setup();
  excel.user.paste("Sheet1!A1", [
    ["Email", "Name", "Notes"],
    ["ann@example.com", "Ann", "x"],
    ["bo@example", "Bo", ""],
  ]);
  await controller.actions.setUpSheet();
  expect(state().message?.text).toBe("Using the columns already on Sheet1. Other columns left as they are: Notes.");
  expect(state().summary).toEqual(expect.objectContaining({ rows: 2, withErrors: 1 }));
  expect(state().findings[0]).toEqual(expect.objectContaining({ row: 3, column: "account", code: "invalid-email" }));
  await controller.stop();
});

test("clicking a finding selects its cell; a whole-row finding selects the Status cell", async () => {
  const { excel, controller } = setup();
  await controller.actions.setUpSheet();
  await controller.actions.selectCell(2, "licenseType");
  expect(excel.model.selection.rect).toEqual({ r0: 1, c0: 3, r1: 1, c1: 3 });
  await controller.actions.selectCell(2, null);
  expect(excel.model.selection.rect).toEqual({ r0: 1, c0: 5, r1: 1, c1: 5 });
  await controller.stop();
});

test("import CSV appends or replaces rows, with the reader's notices; a bad file is an error in plain words", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  const file = new Blob(["Email;Name\r\nann@example.com;Ann\r\nbo@example.com;Bo\r\n"]);
  await controller.actions.importCsv(file, "append");
  await controller.actions.importCsv(file, "append");
  await excel.settle();
  expect(excel.user.values("Invites!A2:A5")).toEqual([["ann@example.com"], ["bo@example.com"], ["ann@example.com"], ["bo@example.com"]]);
  expect(state().message).toEqual(
    expect.objectContaining({
      text: "Added 2 rows from the file. Columns are separated by semicolons.",
      source: "import",
      undo: "Undo import",
    }),
  );
  expect(state().findings.map((f) => `${f.row}:${f.code}`)).toEqual(["4:duplicate-account", "5:duplicate-account"]);

  await controller.actions.importCsv(new Blob(["Email\r\ncy@example.com\r\n"]), "replace");
  await excel.settle();
  expect(excel.user.table("InviteSheet")?.address).toBe("Invites!A1:F2");
  expect(excel.user.value("Invites!A2")).toBe("cy@example.com");
  expect(state().summary).toEqual(expect.objectContaining({ rows: 1, withErrors: 0 }));

  const logged = quietConsole();
  expect(await controller.actions.importCsv(new Blob([""]), "append")).toBeNull();
  expect(state().message).toEqual(expect.objectContaining({ intent: "error", source: "import" }));
  expect(state().message?.text).toContain("The file is empty");
  expect(logged).toHaveBeenCalled();
  logged.mockRestore();
  await controller.stop();
});

test("a team profile re-checks the sheet and refreshes the Group dropdown", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.type("Invites!A2", "ann@example.com");
  await excel.settle();
  expect(state().findings).toEqual([]);
  await controller.actions.setTeam({ existingMembers: ["ann@example.com"], userGroups: ["Sales", "Lab"] });
  expect(state().findings.map((f) => f.code)).toEqual(["already-member"]);
  expect(excel.user.validation("Invites!B2")?.items).toEqual(["Lab", "Sales"]);
  expect(excel.user.sheetNames()).toContain(LISTS_SHEET_NAME);
  await controller.stop();
});

test("Excel's and the workbook layer's errors reach the pane in plain words, never swallowed", async () => {
  const { controller, state } = setup();
  const logged = quietConsole();
  await controller.actions.recheck(); // no sheet set up yet
  expect(state().message).toEqual(
    expect.objectContaining({
      intent: "error",
      source: "recheck",
      text: "There is no invite sheet in this workbook yet: click Set up sheet first.",
    }),
  );
  expect(state().busy).toBeNull();
  await controller.actions.selectCell(3, "account");
  expect(state().message).toEqual(
    expect.objectContaining({ intent: "error", text: "There is no invite sheet in this workbook yet: click Set up sheet first." }),
  );
  expect(logged).toHaveBeenCalledTimes(2);
  logged.mockRestore();
});

test("a failing live-validation round (an edit's check) shows its error", async () => {
  let options: LiveValidationOptions = {};
  const summary = EMPTY_SUMMARY;
  const port = {
    hasSheet: async () => true,
    startLiveValidation: async (o: LiveValidationOptions) => {
      options = o;
      o.onSummary?.(summary, { kind: "check" });
      const snapshot = { summary, firstRow: 2, rows: [], statuses: [], findings: [], records: new Map() };
      return fakeLiveValidation(summary, async () => snapshot);
    },
  } as Partial<WorkbookPort> as WorkbookPort;
  const controller = createPaneController(port);
  await controller.start();
  expect(controller.getState().summary).toEqual({ rows: 0, ready: 0, withErrors: 0, withWarnings: 0, submitted: 0, outside: null });
  const logged = quietConsole();
  options.onError?.(Object.assign(new Error("payload too big"), { code: "RequestPayloadSizeLimitExceeded" }));
  expect(controller.getState().message).toEqual(
    expect.objectContaining({
      intent: "error",
      source: "sheet",
      text: "Excel could not take that much data in one request. Try again with fewer rows, or split the paste. (Excel said: payload too big)",
    }),
  );
  logged.mockRestore();
});

test("Cancel stops an export between its steps and says so", async () => {
  let release: () => void = () => undefined;
  const summary = EMPTY_SUMMARY;
  const snapshot: SheetSnapshot = {
    summary,
    firstRow: 2,
    rows: [{ account: "ann@example.com", group: "", displayName: "", licenseType: "", role: "" }],
    statuses: [""],
    findings: [],
    records: new Map(),
  };
  const port = {
    hasSheet: async () => true,
    startLiveValidation: async () =>
      fakeLiveValidation(
        summary,
        () =>
          new Promise<SheetSnapshot>((resolve) => {
            release = () => resolve(snapshot);
          }),
      ),
  } as Partial<WorkbookPort> as WorkbookPort;
  const controller = createPaneController(port);
  await controller.start();
  const pending = controller.actions.exportCsv({ skipInvalid: false });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(controller.getState().busy).toEqual(expect.objectContaining({ label: "Checking rows for export…", cancellable: true }));
  controller.actions.cancel();
  release();
  // The check finished with a row ready to export, but Cancel came first: no file.
  expect(await pending).toBeNull();
  expect(controller.getState()).toEqual(expect.objectContaining({ busy: null }));
  expect(controller.getState().message).toEqual(
    expect.objectContaining({ intent: "info", source: "export", text: "Checking rows for export: cancelled." }),
  );
});

test("5,000 pasted rows: one summary over all of them, fills on every mistake", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  const { rows, mistakes } = sampleSheet(5_000, 200, 5_000);
  excel.user.type("Invites!A2", "first@example.com");
  excel.user.paste("Invites!A3", rows.map(cellsOfRow));
  await excel.settle();
  expect(state().summary?.rows).toBe(5_001);
  const errorRows = new Set(
    state()
      .findings.filter((f) => f.severity === "error")
      .map((f) => f.row),
  );
  expect(state().summary?.ready).toBe(5_001 - errorRows.size);
  expect(errorRows.size).toBeGreaterThan(0);
  expect(mistakes.length).toBeGreaterThan(0);
  const wanted = new Map<string, string>();
  for (const f of state().findings) {
    const cell = `Invites!${f.column === null ? "F" : "ABCDE"["account group displayName licenseType role".split(" ").indexOf(f.column)]}${f.row}`;
    if (f.severity === "error" || !wanted.has(cell)) wanted.set(cell, f.severity === "error" ? ERROR_FILL : WARNING_FILL);
  }
  for (const [cell, fill] of wanted) expect([cell, excel.user.fill(cell)]).toEqual([cell, fill]);
  await controller.stop();
}, 60_000);

test("Undo after Fix all and after Replace puts the cells back; an edit of those cells ends the offer, an edit elsewhere does not", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.paste("Invites!A2", [["ann@example.com", " Sales ", "Ann", "technician", ""]]);
  excel.user.paste("Invites!A3", [["bo@example.com", "", "Bo", "", ""]]);
  await excel.settle();
  const before = excel.user.values("Invites!A2:F3");

  await controller.actions.applyAllFixes();
  await excel.settle();
  expect(excel.user.values("Invites!B2:D2")).toEqual([["Sales", "Ann", "Support"]]);
  excel.user.type("Invites!C3", "Bo Berg"); // not a fixed cell: Undo is still offered
  await excel.settle();
  expect(state().message?.undo).toBe("Undo Fix all");
  await controller.actions.undo();
  await excel.settle();
  expect(state().message).toEqual(
    expect.objectContaining({ intent: "success", text: "Undid Fix all: 2 cells as they were before.", source: "fix" }),
  );
  expect(state().message?.undo).toBeUndefined();
  expect(excel.user.values("Invites!A2:F2")).toEqual([before[0]]);

  await controller.actions.importCsv(new Blob(["Email\r\nzed@example.com\r\n"]), "replace");
  await excel.settle();
  expect(excel.user.values("Invites!A2:A3")).toEqual([["zed@example.com"], [""]]);
  expect(state().message?.undo).toBe("Undo import");
  await controller.actions.undo();
  await excel.settle();
  expect(excel.user.values("Invites!A2:F3")).toEqual([before[0], ["bo@example.com", "", "Bo Berg", "", "", ""]]);
  expect(state().summary).toEqual(expect.objectContaining({ rows: 2, withErrors: 0, withWarnings: 1 }));

  // A person's edit of a fixed cell: the result and its Undo go (Undo would only refuse).
  await controller.actions.applyAllFixes();
  await excel.settle();
  expect(state().message?.undo).toBe("Undo Fix all");
  excel.user.type("Invites!B2", "Sales team");
  await excel.settle();
  expect(state().message).toBeNull();
  await controller.stop();
});

test("Undo refused (the fixed cell changed where no event reached the pane) says why and changes nothing", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.paste("Invites!A2", [["ann@example.com", "", "", "", "Admin"]]);
  excel.user.paste("Invites!D2", [["technician"]]);
  await excel.settle();
  await controller.actions.applyAllFixes();
  await excel.settle();
  // On the web a dropdown pick is not reported (no onChanged): the pane cannot know.
  excel.user.pick("Invites!D2", "Access");
  await excel.settle();
  expect(state().message?.undo).toBe("Undo Fix all");
  await controller.actions.undo();
  expect(state().message).toEqual(
    expect.objectContaining({
      intent: "warning",
      text: 'Cannot undo Fix all: D2 was changed since ("Support" is now "Access"). Undo would overwrite that change; change the cells back by hand instead.',
    }),
  );
  expect(excel.user.value("Invites!D2")).toBe("Access");
  await controller.stop();
});

test("a person typed below a gap: the summary says which rows are out, export waits naming them, Include them brings them in and checks them", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.type("Invites!A2", "ann@example.com");
  excel.user.type("Invites!A5", "bo@example"); // rows 3 and 4 stay blank: the table does not grow
  await excel.settle();
  expect(state().summary).toEqual(expect.objectContaining({ rows: 1, outside: { rows: 1, rowNumbers: [5] } }));
  expect(excel.user.value("Invites!F5")).toBe(""); // not checked while out of the list

  const waiting = await controller.actions.exportCsv({ skipInvalid: true });
  expect(waiting).toEqual({
    ok: false,
    rowsWithErrors: [],
    rowsOutside: [5],
    reason: "Export waits: row 5 is below the invite list, so it is not in it. Click Include it to add it to the list, or clear it.",
  });

  await controller.actions.includeRowsBelow();
  await excel.settle();
  expect(state().message).toEqual(expect.objectContaining({ text: "The list now has 2 rows of people.", source: "recheck" }));
  expect(state().summary).toEqual(expect.objectContaining({ rows: 2, withErrors: 1, outside: null }));
  expect(state().findings.map((f) => `${f.row}:${f.code}`)).toEqual(["5:invalid-email"]);
  expect(excel.user.fill("Invites!A5")).toBe(ERROR_FILL);
  expect(String(excel.user.value("Invites!F5"))).toMatch(/^Error in Splashtop account/);
  const done = await controller.actions.exportCsv({ skipInvalid: true });
  expect(done).toEqual(expect.objectContaining({ ok: true, rowCount: 1, skippedRows: [5] }));
  await controller.stop();
});

test("export says when the Enterprise license note applies: a row in the file asks for a Support (Technician) license", async () => {
  const { excel, controller } = setup();
  await controller.actions.setUpSheet();
  excel.user.paste("Invites!A2", [
    ["ann@example.com", "", "", "Access", ""],
    ["bo@example", "", "", "technician", ""],
  ]);
  await excel.settle();
  // The Support row has an error and is left out: nothing in the file asks for Support.
  expect(await controller.actions.exportCsv({ skipInvalid: true })).toEqual(
    expect.objectContaining({ ok: true, rowCount: 1, licenseNote: false }),
  );
  excel.user.type("Invites!A3", "bo@example.com");
  await excel.settle();
  expect(await controller.actions.exportCsv({ skipInvalid: true })).toEqual(
    expect.objectContaining({ ok: true, rowCount: 2, licenseNote: true }),
  );
  await controller.stop();
});

/** The summary of a sheet with no rows. */
const EMPTY_SUMMARY: SheetSummary = {
  rows: 0,
  ready: 0,
  submitted: 0,
  errors: 0,
  warnings: 0,
  rowsWithErrors: 0,
  firstRow: 2,
  findings: [],
  outside: null,
};

/** A live validation that only answers: its sheet never changes, and a re-check gives `recheck`'s snapshot. */
function fakeLiveValidation(summary: SheetSummary, recheck: () => Promise<SheetSnapshot>) {
  return {
    recheck,
    setTeam: async () => summary,
    includeRowsBelow: async () => summary,
    recordResults: async () => ({ notFound: [] }),
    stop: async () => undefined,
    summary: () => summary,
    counters: { rounds: 0, fullChecks: 0, ownWritesIgnored: 0, ignored: 0, selectionRechecks: 0 },
  };
}
