// Where results appear and where focus goes: beside the button pressed, read out by the pane's
// one polite live region, with Undo where the action can be undone; Import's Replace asks first.
import { Pane } from "../../src/taskpane/components/Pane";
import { ImportSection } from "../../src/taskpane/components/ImportSection";
import { showMoreText } from "../../src/taskpane/components/FindingsList";
import type { PaneMessage } from "../../src/taskpane/pane-model";
import { button, buttons, chooseFile, click, flush, render, text } from "./dom";
import { fakeActions, fakeEnv, paneState, SPACES } from "./fixtures";

const message = (patch: Partial<PaneMessage>): PaneMessage => ({
  id: 1,
  intent: "success",
  text: "",
  source: "fix",
  transient: false,
  ...patch,
});

function announcer(): string {
  return document.querySelector('[data-testid="pane-announcer"]')?.textContent?.replace(/\u200b/g, "") ?? "";
}

test("a result shows in its own section, beside the button pressed, and is announced once by the one live region", async () => {
  const actions = fakeActions();
  const state = paneState({ findings: [SPACES] });
  const { container, rerender } = await render(<Pane state={state} actions={actions} env={fakeEnv()} />);
  await rerender(
    <Pane state={{ ...state, message: message({ text: "Fixed 1 cell.", undo: "Undo Fix all" }) }} actions={actions} env={fakeEnv()} />,
  );
  const findings = container.querySelector('[aria-label="Findings"]') as HTMLElement;
  expect(text(findings)).toContain("Fixed 1 cell.");
  expect(text(container.querySelector('[aria-label="Export"]') as Element)).not.toContain("Fixed 1 cell.");
  expect(document.querySelectorAll('[aria-live="polite"], [role="status"]')).toHaveLength(1);
  await flush();
  expect(announcer()).toContain("Fixed 1 cell.");
  // Its Undo is right there, named for what it undoes.
  await click(button(findings, "Undo Fix all"));
  expect(actions.undo).toHaveBeenCalled();
});

test("when the pressed button is gone (Set up sheet), focus lands on the result, not on the page", async () => {
  const actions = fakeActions();
  const before = paneState({ sheetReady: false, summary: null });
  const { rerender } = await render(<Pane state={before} actions={actions} env={fakeEnv()} />);
  const setUp = button(document.body, "Set up sheet");
  setUp.focus();
  await click(setUp);
  await rerender(
    <Pane
      state={{ ...before, busy: { label: "Setting up the sheet…", done: 0, total: null, cancellable: false } }}
      actions={actions}
      env={fakeEnv()}
    />,
  );
  await rerender(
    <Pane
      state={paneState({ message: message({ source: "setup", text: "Created the sheet Invites.", transient: true }) })}
      actions={actions}
      env={fakeEnv()}
    />,
  );
  expect(document.activeElement).not.toBe(document.body);
  expect(document.activeElement?.textContent).toContain("Created the sheet Invites.");
});

test("focus stays where the person put it: a result does not pull focus from a control in use", async () => {
  const actions = fakeActions();
  const { rerender } = await render(<Pane state={paneState()} actions={actions} env={fakeEnv()} />);
  const recheck = button(document.body, "Re-check");
  recheck.focus();
  await rerender(
    <Pane state={paneState({ message: message({ source: "recheck", text: "Checked 3 rows." }) })} actions={actions} env={fakeEnv()} />,
  );
  expect(document.activeElement).toBe(recheck);
});

test("Import > Replace asks before replacing the sheet's rows; Cancel replaces nothing; Add after does not ask", async () => {
  const actions = fakeActions();
  const { container } = await render(<ImportSection busy={false} rows={12} actions={actions} />);
  expect(button(container, "Import CSV").disabled).toBe(true);
  const file = new File(["Email\nzed@example.com\n"], "people.csv", { type: "text/csv" });
  await chooseFile(container.querySelector('input[type="file"]') as HTMLInputElement, file);
  expect(text(container)).toContain("people.csv");
  await click(container.querySelector<HTMLInputElement>('input[type="radio"][value="replace"]') as HTMLInputElement);
  await click(button(container, "Import CSV"));
  const dialog = document.querySelector('[role="alertdialog"]') as HTMLElement;
  expect(dialog).not.toBeNull();
  expect(text(dialog)).toContain("Replace 12 rows?");
  expect(text(dialog)).toContain("The 12 rows in the sheet, with their Status, will be replaced by the rows of people.csv.");
  await click(button(dialog, "Cancel"));
  expect(actions.importCsv).not.toHaveBeenCalled();
  await click(button(container, "Import CSV"));
  await click(button(document.querySelector('[role="alertdialog"]') as HTMLElement, "Replace rows"));
  expect(actions.importCsv).toHaveBeenCalledWith(file, "replace");

  await click(container.querySelector<HTMLInputElement>('input[type="radio"][value="append"]') as HTMLInputElement);
  await click(button(container, "Import CSV"));
  expect(actions.importCsv).toHaveBeenLastCalledWith(file, "append");
  expect(buttons(document.body, "Replace rows")).toHaveLength(0);
});

test("Show more reads right at one and at the end of the list", () => {
  expect(showMoreText(1)).toBe("Show 1 more");
  expect(showMoreText(20)).toBe("Show 20 more");
  expect(showMoreText(100)).toBe("Show 100 more");
  expect(showMoreText(250)).toBe("Show 100 more (250 not shown)");
});
