// The Submit section as a user meets it, from a store's state only: connect form (Sandbox by
// default, password field, demo token hint, the adapter note with its link), who is connected,
// what will be sent, progress with Cancel, results.
import { Button } from "@fluentui/react-components";
import { SubmitSection } from "../../src/taskpane/components/SubmitSection";
import { INITIAL_SUBMIT_STATE, type SubmitActions, type SubmitState, type SubmitStore } from "../../src/taskpane/submit/submit-model";
import { button, buttons, chooseOption, click, flush, render, text, typeInto } from "./dom";
import { fakeEnv } from "./fixtures";

const BASE: SubmitState = INITIAL_SUBMIT_STATE;

function fakeStore(patch: Partial<SubmitState> = {}): SubmitStore & { actions: jest.Mocked<SubmitActions> } {
  let state = { ...BASE, ...patch };
  const listeners = new Set<() => void>();
  const actions = {
    connect: jest.fn(async (_region: string, _token: string) => {
      state = {
        ...state,
        phase: "connected",
        connection: { region: "sandbox", email: "owner@sandbox.example", teamId: "4242", role: "owner" },
      };
      for (const l of listeners) l();
    }),
    disconnect: jest.fn(),
    cancelConnect: jest.fn(),
    fillProfile: jest.fn(async () => undefined),
    preview: jest.fn(async () => undefined),
    confirm: jest.fn(async () => undefined),
    discardPreview: jest.fn(),
    cancel: jest.fn(),
    dismissError: jest.fn(),
  } as unknown as jest.Mocked<SubmitActions>;
  return {
    getState: () => state,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    actions,
  };
}

test("disconnected: Sandbox by default, a password field with the demo token hint, the adapter note with a link; Connect hands over the token and clears the field", async () => {
  const store = fakeStore();
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  expect(container.querySelector("select")?.value).toBe("sandbox");
  const input = container.querySelector<HTMLInputElement>('input[type="password"]') as HTMLInputElement;
  expect(input.autocomplete).toBe("off");
  expect(text(container)).toContain("Demo token: sandbox-demo-token");
  expect(text(container)).toContain(
    "The invite call follows the Splashtop Open API's published conventions; check it against your team's own API document before real use.",
  );
  expect(container.querySelector("a")?.getAttribute("href")).toMatch(/^https:\/\/.*16772899906459$/);
  expect(button(container, "Connect").disabled).toBe(true);
  await typeInto(input, "sandbox-demo-token");
  await click(button(container, "Connect"));
  expect(store.actions.connect).toHaveBeenCalledWith("sandbox", "sandbox-demo-token");
  expect(text(container)).toContain("Connected to Sandbox as owner@sandbox.example: team 4242, role owner.");
  expect(container.querySelector('input[type="password"]')).toBeNull();
  expect(container.innerHTML).not.toContain('sandbox-demo-token"');
});

test("connected: which profile fields came from the API; review shows invites by license type and skipped rows with reasons", async () => {
  const store = fakeStore({
    phase: "connected",
    connection: { region: "eu", email: "me@example.com", teamId: "7", role: null },
    filled: {
      fromApi: ["inviterRole", "licenses", "userGroups", "computerGroups"],
      notes: ["Could not read the team's members: not allowed. Enter it yourself."],
    },
    preview: {
      scope: "all",
      send: 12,
      byLicense: { access: 10, support: 2 },
      skipped: [{ rowNumber: 3, account: "bo@example", reason: "Not a valid address." }],
      leftOut: [],
      alreadyInvited: 4,
      scopeNote: null,
    },
  });
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  const t = text(container);
  expect(t).toContain("Connected to EU as me@example.com: team 7.");
  expect(t).toContain("From Splashtop: your role, licenses and seats left, user groups and computer groups.");
  expect(t).toContain("Could not read the team's members");
  expect(t).toContain("12 invites will be sent (10 Access, 2 Support).");
  expect(t).toContain("1 row will be skipped (Status will say why):");
  expect(t).toContain("Row 3 (bo@example): Not a valid address.");
  expect(t).toContain("4 rows already invited: left alone.");
  await click(button(container, "Send 12 invites"));
  expect(store.actions.confirm).toHaveBeenCalled();
  await click(button(container, "Back"));
  expect(store.actions.discardPreview).toHaveBeenCalled();
});

test("sending: a progress bar with counts and Cancel; then the result", async () => {
  const sending = fakeStore({
    phase: "connected",
    connection: { region: "sandbox", email: "o@x.com", teamId: "1", role: "owner" },
    progress: { done: 50, total: 120, invited: 45, failed: 3, skipped: 2, cancelling: false },
  });
  const { container } = await render(<SubmitSection store={sending} sheetReady env={fakeEnv()} />);
  expect(text(container)).toContain("50 of 120 rows: 45 invited, 3 failed, 2 skipped");
  expect(container.querySelector('[role="progressbar"]')).not.toBeNull();
  expect(buttons(container, "Submit invites…")).toHaveLength(0);
  await click(button(container, "Cancel"));
  expect(sending.actions.cancel).toHaveBeenCalled();

  const done = fakeStore({
    phase: "connected",
    connection: { region: "sandbox", email: "o@x.com", teamId: "1", role: "owner" },
    result: { outcome: "cancelled", invited: 45, failed: 3, unconfirmed: 1, skipped: 2, alreadyInvited: 0, notSent: 70 },
  });
  const second = await render(<SubmitSection store={done} sheetReady env={fakeEnv()} />);
  expect(text(second.container)).toContain(
    "Invited 45. Failed 3 (1 without an answer: Submit again checks them first). Skipped 2. Cancelled: 70 rows not sent; Submit again to send them.",
  );
  await click(button(second.container, "Retry failed…"));
  expect(done.actions.preview).toHaveBeenCalledWith("failed");
});

test("nothing to send: Back is the main button, writing the reasons is the secondary one; counts read right at one", async () => {
  const store = fakeStore({
    phase: "connected",
    connection: { region: "sandbox", email: "o@x.com", teamId: "1", role: "owner" },
    preview: {
      scope: "all",
      send: 0,
      byLicense: { access: 0, support: 0 },
      skipped: [{ rowNumber: 5, account: "ann@example.com", reason: "Already on the team." }],
      leftOut: [],
      alreadyInvited: 1,
      scopeNote: null,
    },
  });
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  expect(text(container)).toContain("No rows to send.");
  expect(text(container)).toContain("1 row will be skipped");
  expect(text(container)).toContain("1 row already invited: left alone.");
  // Fluent's class names are hashed: compare with a primary and a default button rendered alike.
  const reference = await render(
    <>
      <Button appearance="primary">Back</Button>
      <Button>Other</Button>
    </>,
  );
  const [primary, plain] = [...reference.container.querySelectorAll("button")].map((b) => b.className);
  expect(button(container, "Back").className).toBe(primary);
  expect(button(container, "Write why in Status (1 skipped row)").className).toBe(plain);
  expect(buttons(container, /^Mark skipped rows$/)).toHaveLength(0);
  await click(button(container, "Write why in Status (1 skipped row)"));
  expect(store.actions.confirm).toHaveBeenCalled();
});

test("connecting: a Cancel beside the spinner stops waiting", async () => {
  const store = fakeStore({ phase: "connecting" });
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  expect(text(container)).toContain("Connecting…");
  await click(button(container, "Cancel"));
  expect(store.actions.cancelConnect).toHaveBeenCalled();
});

const CONNECTED: Partial<SubmitState> = {
  phase: "connected",
  connection: { region: "global", email: "me@example.com", teamId: "7", role: "owner" },
};

test("regions come from Splashtop's list: OC is marked CSV only and has no token field and no Connect, and says to export instead", async () => {
  const store = fakeStore();
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  const select = container.querySelector("select") as HTMLSelectElement;
  expect([...select.options].map((o) => `${o.value}=${o.text}`)).toEqual([
    "global=Global",
    "eu=EU",
    "oc=OC (CSV only)",
    "sandbox=Sandbox (try it without an account)",
  ]);
  await chooseOption(select, "oc");
  expect(container.querySelector('input[type="password"]')).toBeNull();
  expect(buttons(container, "Connect")).toHaveLength(0);
  expect(text(container)).toContain("Splashtop publishes no API host for the OC region, so Submit cannot send there: export the CSV");
  await chooseOption(select, "eu");
  expect(button(container, "Connect")).toBeTruthy();
});

test("where the token is asked for, both names of Splashtop's token screen are given (the sandbox gives its demo token)", async () => {
  const { container } = await render(<SubmitSection store={fakeStore()} sheetReady env={fakeEnv()} />);
  expect(text(container)).toContain("Demo token: sandbox-demo-token");
  await chooseOption(container.querySelector("select") as HTMLSelectElement, "global");
  const hint = text(container);
  expect(hint).toContain("Management > Settings > API");
  expect(hint).toContain("my.splashtop.com > Account > Web API Tokens");
  expect(hint).toContain("Kept in memory only");
});

test("connected: what is not verified about the invite call is said beside Submit invites…", async () => {
  const { container } = await render(<SubmitSection store={fakeStore(CONNECTED)} sheetReady env={fakeEnv()} />);
  const submit = button(container, "Submit invites…");
  const note = submit.closest("div")?.previousElementSibling;
  expect(note?.textContent).toContain("Splashtop has not published its invite call");
  expect(note?.querySelector("a")?.getAttribute("href")).toMatch(/16772899906459$/);
});

test("rows below the list: the Submit section says so beside Submit invites… and offers to include them", async () => {
  const onInclude = jest.fn();
  const { container } = await render(
    <SubmitSection store={fakeStore(CONNECTED)} sheetReady env={fakeEnv()} outside={{ rowNumbers: [9], busy: false, onInclude }} />,
  );
  expect(text(container)).toContain("Row 9 is below the invite list and is not checked, exported or sent.");
  await click(button(container, "Include it in the list (row 9)"));
  expect(onInclude).toHaveBeenCalled();
});

test("Retry failed: the failures left out are listed with why, like the skipped rows; a changed sheet is said above the numbers; an unknown scope is noted", async () => {
  const store = fakeStore({
    ...CONNECTED,
    notice: "The sheet changed since this preview: check the numbers below and confirm again.",
    preview: {
      scope: "failed",
      send: 0,
      byLicense: { access: 0, support: 0 },
      skipped: [],
      alreadyInvited: 2,
      leftOut: [
        {
          rowNumber: 3,
          account: "bo@example.com",
          reason: "no Access seats left. Sending it again would fail the same way: change the row, or the team (seats, role), first.",
        },
      ],
      scopeNote: "Splashtop did not say which scopes this token has.",
    },
  });
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  const preview = container.querySelector('[aria-label="What will be sent"]') as HTMLElement;
  const t = text(preview);
  expect(t.indexOf("The sheet changed since this preview")).toBeLessThan(t.indexOf("No failed rows to send again."));
  expect(t).toContain("1 failed row will not be sent again:");
  expect(t).toContain("Row 3 (bo@example.com): no Access seats left. Sending it again would fail the same way");
  expect(t).toContain("Splashtop did not say which scopes this token has.");
  // Nothing can be sent and nothing skipped: Back is the only way on.
  expect([...preview.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Back"]);
});

test("while a submit runs, the section says so and that editing the sheet is safe", async () => {
  const store = fakeStore({ ...CONNECTED, progress: { done: 0, total: 4, invited: 0, failed: 0, skipped: 0, cancelling: false } });
  const { container } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} />);
  const running = container.querySelector('[aria-label="Submit running"]') as HTMLElement;
  expect(text(running)).toContain("Sending invites to Splashtop…");
  expect(text(running)).toContain("You can keep working in the sheet: each result goes to its person's row");
  expect(buttons(container, "Download failed rows")).toHaveLength(0);
});

test("after a submit: results without a row stay visible with their address; Download failed rows saves the file; rows without an answer are said", async () => {
  const env = fakeEnv();
  const failedRows = {
    fileName: "splashtop-failed-rows.csv",
    text: "\ufeffSplashtop account,Reason\r\nbo@example.com,Failed: x\r\n",
    rows: 1,
    unconfirmed: 2,
  };
  const store = fakeStore({
    ...CONNECTED,
    result: { outcome: "done", invited: 3, failed: 3, unconfirmed: 2, skipped: 0, alreadyInvited: 0, notSent: 0 },
    unplaced: [{ account: "cy@example.com", text: "Invited" }],
    failedRows,
  });
  const { container } = await render(<SubmitSection store={store} sheetReady env={env} />);
  const t = text(container);
  expect(t).toContain("1 result has no row in the list");
  expect(t).toContain("cy@example.com: Invited");
  expect(t).toContain(
    "1 row that did not go in, as in the sheet, with a Reason column (splashtop-failed-rows.csv). Fix it there or in the sheet; Import rows from a CSV file reads the file back (it ignores Reason).",
  );
  expect(t).toContain("2 rows got no answer from Splashtop and are not in the file: Submit again checks them first.");
  await click(button(container, "Download failed rows"));
  expect(env.download).toHaveBeenCalledWith("splashtop-failed-rows.csv", failedRows.text);

  // Where the host cannot save files: the same text to the clipboard, without the byte-order mark.
  const noDownloads = fakeEnv(false);
  const second = await render(<SubmitSection store={store} sheetReady env={noDownloads} />);
  await click(button(second.container, "Copy failed rows"));
  await flush();
  expect(noDownloads.copyText).toHaveBeenCalledWith("Splashtop account,Reason\r\nbo@example.com,Failed: x\r\n");
  expect(text(second.container)).toContain("Copied. Paste it into a text file saved as .csv.");
});

test("Submit's wait for rows below the list goes once they are included; another error stays", async () => {
  const reason = "Submit waits: row 9 is below the invite list, so it is not in it. Click Include it to add it to the list, or clear it.";
  const store = fakeStore({ ...CONNECTED, error: reason });
  const outside = { rowNumbers: [9], busy: false, onInclude: jest.fn() };
  const { rerender } = await render(<SubmitSection store={store} sheetReady env={fakeEnv()} outside={outside} />);
  await rerender(<SubmitSection store={store} sheetReady env={fakeEnv()} outside={{ ...outside, rowNumbers: [] }} />);
  expect(store.actions.dismissError).toHaveBeenCalledTimes(1);

  const other = fakeStore({ ...CONNECTED, error: "Another Invite Sheet pane is sending invites from this workbook." });
  const second = await render(<SubmitSection store={other} sheetReady env={fakeEnv()} outside={outside} />);
  await second.rerender(<SubmitSection store={other} sheetReady env={fakeEnv()} outside={{ ...outside, rowNumbers: [] }} />);
  expect(other.actions.dismissError).not.toHaveBeenCalled();
});
