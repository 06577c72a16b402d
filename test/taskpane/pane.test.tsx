// The pane as a user meets it: findings that lead to their cells, export that says why it is
// blocked, fixes, progress with cancel, errors in plain words.
import { Pane } from "../../src/taskpane/components/Pane";
import { button, buttons, click, flush, render, text } from "./dom";
import { fakeActions, fakeEnv, INVALID_EMAIL, paneState, SEATS, SPACES } from "./fixtures";

test("clicking a finding selects its cell (row and column)", async () => {
  const actions = fakeActions();
  const { container } = await render(
    <Pane state={paneState({ findings: [INVALID_EMAIL, SPACES, SEATS] })} actions={actions} env={fakeEnv()} />,
  );
  await click(button(container, /^Row 4, Splashtop account:/));
  expect(actions.selectCell).toHaveBeenCalledWith(4, "account");
  await click(button(container, /^Row 7:/));
  expect(actions.selectCell).toHaveBeenLastCalledWith(7, null);
});

test("findings are grouped under their rule titles, errors before warnings", async () => {
  const { container } = await render(
    <Pane state={paneState({ findings: [SPACES, INVALID_EMAIL, SEATS] })} actions={fakeActions()} env={fakeEnv()} />,
  );
  const headings = [...container.querySelectorAll("h3")].map((h) => h.textContent);
  expect(headings).toEqual(["Not a valid email address1", "No seats left1", "Extra spaces1"]);
});

test("Fix applies that finding's fix; Fix all applies every safe fix", async () => {
  const actions = fakeActions();
  const { container } = await render(<Pane state={paneState({ findings: [INVALID_EMAIL, SPACES] })} actions={actions} env={fakeEnv()} />);
  // Named for what it acts on; the invalid email has no safe fix.
  expect(buttons(container, /^Fix row/).map((b) => b.getAttribute("aria-label"))).toEqual(["Fix row 6, Group"]);
  expect(button(container, "Fix row 6, Group").textContent).toBe("Fix");
  await click(button(container, "Fix row 6, Group"));
  expect(actions.applyFix).toHaveBeenCalledWith(SPACES);
  await click(button(container, "Fix all"));
  expect(actions.applyAllFixes).toHaveBeenCalled();
});

test("Export CSV blocked: the reason is shown", async () => {
  const reason = 'Export is blocked: rows 4 and 7 have errors. Fix them, or choose "Skip invalid rows" to leave them out of the file.';
  const actions = fakeActions({ exportCsv: jest.fn(async () => ({ ok: false as const, reason, rowsWithErrors: [4, 7] })) });
  const env = fakeEnv();
  const state = paneState({ findings: [INVALID_EMAIL, SPACES, SEATS] }); // errors on rows 4 and 7
  const { container, rerender } = await render(<Pane state={state} actions={actions} env={env} />);
  await click(button(container, "Export CSV"));
  await flush();
  expect(actions.exportCsv).toHaveBeenCalledWith({ skipInvalid: false });
  expect(text(container)).toContain(reason);
  expect(env.download).not.toHaveBeenCalled();
  expect(buttons(container, "Copy CSV")).toHaveLength(0);
  // A warning fixed: the rows with errors are the same, the reason still holds.
  await rerender(<Pane state={{ ...state, findings: [INVALID_EMAIL, SEATS] }} actions={actions} env={env} />);
  expect(text(container)).toContain(reason);
  // Row 4 fixed (Fix all, or by hand): the reason no longer describes the sheet and goes.
  await rerender(<Pane state={{ ...state, findings: [SEATS] }} actions={actions} env={env} />);
  expect(text(container.querySelector('[aria-label="Export"]') as Element)).not.toContain("Export is blocked");
});

test("Skip invalid rows: the file is saved and the rows left out are named; Copy CSV copies it", async () => {
  const csv = "Splashtop account,Group,Display name,License type,Role\r\nann@example.com,,,,\r\n";
  const actions = fakeActions({
    exportCsv: jest.fn(async () => ({
      ok: true as const,
      csv,
      fileName: "splashtop-invites.csv",
      rowCount: 1,
      skippedRows: [4, 7],
      licenseNote: false,
    })),
  });
  const env = fakeEnv();
  const { container } = await render(<Pane state={paneState()} actions={actions} env={env} />);
  await click(container.querySelector<HTMLInputElement>('input[type="checkbox"]') as HTMLInputElement);
  await click(button(container, "Export CSV"));
  await flush();
  expect(actions.exportCsv).toHaveBeenCalledWith({ skipInvalid: true });
  expect(env.download).toHaveBeenCalledWith("splashtop-invites.csv", csv);
  expect(text(container)).toContain("Saved 1 row as splashtop-invites.csv. Left out rows 4, 7 (errors).");
  await click(button(container, "Copy CSV"));
  await flush();
  expect(env.copyText).toHaveBeenCalledWith(csv);
});

test("where the host cannot save files, Export says to use Copy CSV, and a blocked clipboard shows the text to copy", async () => {
  const csv = "Splashtop account\r\n";
  const actions = fakeActions({
    exportCsv: jest.fn(async () => ({ ok: true as const, csv, fileName: "x.csv", rowCount: 2, skippedRows: [], licenseNote: false })),
  });
  const env = {
    ...fakeEnv(false),
    copyText: jest.fn(async () => Promise.reject(new Error("The host does not allow copying to the clipboard."))),
  };
  const { container } = await render(<Pane state={paneState()} actions={actions} env={env} />);
  await click(button(container, "Export CSV"));
  await flush();
  expect(env.download).not.toHaveBeenCalled();
  expect(text(container)).toContain("This host cannot save files from the pane: use Copy CSV");
  await click(button(container, "Copy CSV"));
  await flush();
  expect(text(container)).toContain("The host does not allow copying to the clipboard.");
  // A textarea keeps line breaks as LF (HTML normalises CRLF); the text is otherwise the file.
  expect(container.querySelector<HTMLTextAreaElement>('textarea[aria-label="CSV text"]')?.value).toBe(csv.replace(/\r\n/g, "\n"));
});

test("before set-up only Set up sheet is offered", async () => {
  const actions = fakeActions();
  const { container } = await render(<Pane state={paneState({ sheetReady: false, summary: null })} actions={actions} env={fakeEnv()} />);
  expect(buttons(container, "Export CSV")).toHaveLength(0);
  await click(button(container, "Set up sheet"));
  expect(actions.setUpSheet).toHaveBeenCalled();
});

test("long work shows progress with Cancel; buttons that start work are disabled meanwhile", async () => {
  const actions = fakeActions();
  const busy = { label: "Checking every row…", done: 500, total: 2000, cancellable: true };
  const { container } = await render(<Pane state={paneState({ busy })} actions={actions} env={fakeEnv()} />);
  expect(text(container)).toContain("500 of 2,000");
  expect(container.querySelector('[role="progressbar"]')).not.toBeNull();
  expect(button(container, "Re-check").disabled).toBe(true);
  await click(button(container, "Cancel"));
  expect(actions.cancel).toHaveBeenCalled();
});

test("errors are shown in a message bar until dismissed", async () => {
  const actions = fakeActions();
  const error = "Excel could not take that much data in one request.";
  const { container } = await render(
    <Pane
      state={paneState({ message: { id: 1, intent: "error", text: error, source: "sheet", transient: false } })}
      actions={actions}
      env={fakeEnv()}
    />,
  );
  expect(text(container)).toContain(error);
  await click(button(container, "Dismiss error"));
  expect(actions.dismissMessage).toHaveBeenCalled();
});

test("the summary counts rows, so the numbers add up: Ready + With errors = Rows", async () => {
  const { container } = await render(
    <Pane
      state={paneState({ summary: { rows: 1200, ready: 1150, withErrors: 50, withWarnings: 7 } })}
      actions={fakeActions()}
      env={fakeEnv()}
    />,
  );
  const summary = container.querySelector('[aria-label="Summary"]');
  expect(text(summary as Element)).toMatch(/Rows\s?1,200\s?Ready\s?1,150\s?With errors\s?50\s?With warnings\s?7/);
  expect(text(summary as Element)).toContain("Rows counted once each.");
});

test("rows below the list: a warning beside the summary names them, and Include them calls the pane's action", async () => {
  const actions = fakeActions();
  const outside = { rows: 2, rowNumbers: [7, 9] };
  const { container } = await render(
    <Pane
      state={paneState({ summary: { rows: 3, ready: 3, withErrors: 0, withWarnings: 0, outside } })}
      actions={actions}
      env={fakeEnv()}
    />,
  );
  const summary = container.querySelector('[aria-label="Summary"]') as HTMLElement;
  const bar = summary.nextElementSibling as HTMLElement;
  expect(text(bar)).toContain("Rows 7, 9 are below the invite list and are not checked, exported or sent.");
  await click(button(bar, "Include them in the list (rows 7, 9)"));
  expect(actions.includeRowsBelow).toHaveBeenCalled();
  // None below: no warning.
  const none = await render(
    <Pane
      state={paneState({ summary: { rows: 3, ready: 3, withErrors: 0, withWarnings: 0, outside: null } })}
      actions={actions}
      env={fakeEnv()}
    />,
  );
  expect(text(none.container)).not.toContain("below the invite list");
});

test("Export waiting for rows below the list: the reason stays while they are out, and goes once they are included", async () => {
  const reason = "Export waits: row 9 is below the invite list, so it is not in it. Click Include it to add it to the list, or clear it.";
  const actions = fakeActions({ exportCsv: jest.fn(async () => ({ ok: false as const, reason, rowsWithErrors: [], rowsOutside: [9] })) });
  const env = fakeEnv();
  const out = paneState({ summary: { rows: 2, ready: 2, withErrors: 0, withWarnings: 0, outside: { rows: 1, rowNumbers: [9] } } });
  const { container, rerender } = await render(<Pane state={out} actions={actions} env={env} />);
  await click(button(container, "Export CSV"));
  await flush();
  const exportSection = () => text(container.querySelector('[aria-label="Export"]') as Element);
  expect(exportSection()).toContain(reason);
  // Included: the add-in resized the table (not a person's edit), and the reason no longer holds.
  await rerender(
    <Pane state={{ ...out, summary: { rows: 3, ready: 3, withErrors: 0, withWarnings: 0, outside: null } }} actions={actions} env={env} />,
  );
  expect(exportSection()).not.toContain("Export waits");
});

test("after an export, what the Splashtop console does next is shown; the Enterprise license note only when a row asks for Support", async () => {
  const csv = "Splashtop account,Group,Display name,License type,Role\r\nann@example.com,,,Support,\r\n";
  const outcome = { ok: true as const, csv, fileName: "splashtop-invites.csv", rowCount: 1, skippedRows: [], licenseNote: true };
  const actions = fakeActions({ exportCsv: jest.fn(async () => outcome) });
  const { container } = await render(<Pane state={paneState()} actions={actions} env={fakeEnv()} />);
  await click(button(container, "Export CSV"));
  await flush();
  const section = container.querySelector('[aria-label="Export"]') as HTMLElement;
  // Each note is a group named by its title (what a screen reader says when entering it).
  const groupNames = [...section.querySelectorAll('[role="group"]')].map(
    (g) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent ?? "",
  );
  expect(groupNames).toEqual(
    expect.arrayContaining(["Next, in the Splashtop web console", "Splashtop Enterprise: check license types after the import"]),
  );
  const t = text(section);
  expect(t).toContain("Go to Management > Users, click the invite users icon, and import this file.");
  expect(t).toContain("The console imports one file at a time");
  expect(t).toContain("the results are also listed under Logs / History");
  expect(t).toContain(
    "Sources: Splashtop help centre, Invite users using CSV (article 40507055085467); Import SSO users using CSV (article 360052016792).",
  );
  expect(t).toContain("Source: Splashtop help centre, Invite users using CSV (article 40507055085467), Notes / Troubleshooting.");
  expect(t).toContain("Splashtop Enterprise: check license types after the import");

  actions.exportCsv.mockResolvedValueOnce({ ...outcome, licenseNote: false });
  await click(button(container, "Export CSV"));
  await flush();
  expect(text(section)).toContain("Next, in the Splashtop web console");
  expect(text(section)).not.toContain("Splashtop Enterprise");
});
