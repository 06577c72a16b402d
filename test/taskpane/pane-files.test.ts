// The pane's import, export and Fix all use the same reading, planning and fixing as the CLI
// (issue #10): a file without a header is refused in plain words, a row with more values than
// the header is imported whole and named, and Fix all reaches the same fixed point as `fix`.
import { createSimulatedExcel } from "../../src/excel-sim";
import { connectWorkbook } from "../../src/taskpane/connect-workbook";
import { createPaneController } from "../../src/taskpane/pane-controller";

function setup() {
  const excel = createSimulatedExcel({ host: "web" });
  const controller = createPaneController(connectWorkbook(excel.run));
  return { excel, controller, state: () => controller.getState() };
}

test("a file whose first row is not a header is refused with one clear message, and nothing is imported", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  expect(await controller.actions.importCsv(new Blob(["ann@example.com,Sales,Ann\r\nbo@example.com,HR,Bo\r\n"]), "append")).toBeNull();
  logged.mockRestore();
  expect(state().message?.text).toBe(
    'The first row is not a header: it holds the address "ann@example.com". Add a first row that names the columns (for example Splashtop account, Group, Display name, License type, Role), then try again.',
  );
  expect(excel.user.value("Invites!A2")).toBe("");
  await controller.stop();
});

test("a row with more values than the header is imported with every value, and a warning names its sheet row", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.type("Invites!A2", "first@example.com");
  await excel.settle();
  const file = new Blob(["Email,Name\r\nann@example.com,Lee, Ann\r\nbo@example.com,Bo\r\n"]);
  const outcome = await controller.actions.importCsv(file, "append");
  await excel.settle();
  expect(outcome?.flaggedRows).toEqual([3]);
  expect(excel.user.values("Invites!A3:C4")).toEqual([
    ["ann@example.com", "", "Lee, Ann"],
    ["bo@example.com", "", "Bo"],
  ]);
  expect(state().message).toEqual(
    expect.objectContaining({
      intent: "warning",
      text: "Added 2 rows from the file. Row 3 had more values than the file's header has columns (a comma inside a value that is not in double quotes?). The extra values are kept at the end of the Display name cell: check that row.",
    }),
  );
  await controller.stop();
});

test("a file of blank rows is 'no rows of people', however many blank lines it has", async () => {
  const { controller, state } = setup();
  await controller.actions.setUpSheet();
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  expect(await controller.actions.importCsv(new Blob(["Email,Name\r\n\r\n,\r\n"]), "append")).toBeNull();
  logged.mockRestore();
  expect(state().message?.text).toBe("The file has a header row but no rows of people.");
  await controller.stop();
});

test("Fix all reaches the fixed point `invite-sheet fix` reaches: a cleaned address then spells its group", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  excel.user.type("Invites!A2", "Ann <ann@example.com>");
  excel.user.type("Invites!B2", "APAC");
  // Directly below the table: it grows over the pasted row.
  excel.user.paste("Invites!A3", [["bo@example.com", "apac"]]);
  await excel.settle();
  await controller.actions.applyAllFixes();
  await excel.settle();
  expect(excel.user.values("Invites!A2:B3")).toEqual([
    ["ann@example.com", "APAC"],
    ["bo@example.com", "APAC"],
  ]);
  expect(state().message?.text).toBe("Fixed 2 cells.");
  expect(state().findings).toEqual([]);
  await controller.stop();
});

test("a UTF-8 file with a bad byte: the accented names stay right, and the damaged row is named in a warning", async () => {
  const { excel, controller, state } = setup();
  await controller.actions.setUpSheet();
  const bytes = Uint8Array.from([...Buffer.from("Email,Name\r\nzoe@example.com,Zoë\r\nbo@example.com,Bo", "utf8"), 0xff, 0x0d, 0x0a]);
  const outcome = await controller.actions.importCsv(new Blob([bytes]), "replace");
  await excel.settle();
  expect(outcome?.flaggedRows).toEqual([3]);
  expect(excel.user.values("Invites!C2:C3")).toEqual([["Zoë"], ["Bo\ufffd"]]);
  expect(state().message?.intent).toBe("warning");
  expect(state().message?.text).toMatch(/1 place in the file is not valid UTF-8 \(the first on line 3\)/);
  expect(state().findings.map((f) => `${f.row}:${f.code}`)).toEqual(["3:damaged-text"]);
  await controller.stop();
});
