// Issue 11 in Chromium against the server's sandbox: a result belongs to the person it was about.
// Correcting an invited row's address takes "Invited" off it (Re-check does not bring it back) and
// the next submit sends the corrected address; sorting the sheet while a submit is on its way
// (the sandbox made slow through its control API) still puts every result on its person's row.
import type { Page } from "playwright-core";
import { ROOMY_TEAM } from "../server/sandbox/sandbox-server";
import {
  clickCell,
  openWorkbench,
  pageErrors,
  settle,
  shown,
  waitForCell,
  waitForCellMatching,
  setUpWithRows,
  harnessForFile,
} from "./workbench-helper";

jest.setTimeout(120_000);

const h = harnessForFile();

const OWNER = { email: "owner@sandbox.example", display_name: "Sandbox Owner", group: "", license_type: "access", role: "owner" } as const;

async function connectToSandbox(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Send invites to Splashtop" }).click();
  await page.getByLabel("API token").fill("sandbox-demo-token");
  await page.getByRole("button", { name: "Connect" }).click();
  await page.getByText(/^From Splashtop: /).waitFor();
}

/** Every row's account and Status, as the grid shows them. */
async function accountsAndStatuses(page: Page, rows: number): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (let r = 2; r < 2 + rows; r++) {
    const read = async (address: string) =>
      ((await page.getByRole("gridcell", { name: new RegExp(`^${address}( |$)`) }).getAttribute("aria-label")) ?? "").slice(
        address.length + 1,
      );
    out.push([await read(`A${r}`), await read(`F${r}`)]);
  }
  return out;
}

for (const host of ["web", "desktop"] as const) {
  test(`${host}: invite two rows, correct A2's address: Status no longer says Invited, Re-check leaves it so, the next submit sends the corrected address`, async () => {
    await h.sandbox.reset({ team: ROOMY_TEAM });
    const page = await openWorkbench(h, { host });
    await setUpWithRows(page, [
      ["ann@example.com", "", "Ann Lee", "", ""],
      ["bo@example.com", "", "Bo Chen", "", ""],
    ]);
    await connectToSandbox(page);
    await page.getByRole("button", { name: "Submit invites…" }).click();
    await page.getByRole("button", { name: "Send 2 invites" }).click();
    await shown(page, "Invited 2.").waitFor();
    await waitForCell(page, "F2", "Invited");
    await waitForCell(page, "F3", "Invited");

    // The person corrects Ann's address: the invite went to the old one, so this row is not invited.
    await clickCell(page, "A2");
    await page.keyboard.type("ann.lee@example.com");
    await page.keyboard.press("Enter");
    await waitForCell(page, "A2", "ann.lee@example.com");
    await settle(page);
    await waitForCell(page, "F2", "");
    await page.getByRole("button", { name: "Re-check" }).click();
    await shown(page, "Checked 2 rows. No errors.").waitFor();
    await waitForCell(page, "F2", "");
    await waitForCell(page, "F3", "Invited");

    await page.getByRole("button", { name: "Submit invites…" }).click();
    const preview = page.getByRole("region", { name: "What will be sent" });
    await preview.getByText("1 invite will be sent (1 Access).").waitFor();
    await preview.getByText("1 row already invited: left alone.").waitFor();
    await page.getByRole("button", { name: "Send 1 invite" }).click();
    await shown(page, "Invited 1. 1 already invited before.").waitFor();
    await waitForCell(page, "F2", "Invited");
    const received = (await h.sandbox.requests()).byAddress;
    expect(Object.fromEntries(Object.entries(received).map(([address, counts]) => [address, counts.received]))).toEqual({
      "ann@example.com": 1,
      "bo@example.com": 1,
      "ann.lee@example.com": 1,
    });
    expect((await h.sandbox.state()).members.map((m) => m.email).sort()).toEqual([
      "ann.lee@example.com",
      "ann@example.com",
      "bo@example.com",
      "owner@sandbox.example",
    ]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
}

test("sort the sheet while a submit is on its way (the sandbox slowed down): every result lands on its person's row", async () => {
  await h.sandbox.reset({ team: ROOMY_TEAM });
  const page = await openWorkbench(h, { colorScheme: "light" });
  await setUpWithRows(page, [
    ["zoe@example.com", "", "Zoe", "", ""],
    ["amy@example.com", "", "Amy", "", ""],
    ["bad@example", "", "Bad", "", ""],
    ["kim@example.com", "", "Kim", "", ""],
    ["mo@example.com", "", "Mo", "", ""],
    ["eli@example.com", "", "Eli", "", ""],
  ]);
  await connectToSandbox(page);
  // After the pane read the team, Mo joins it some other way; and every answer now takes a few seconds
  // (seed 1: the team check and the invite call each wait about 2.9 s).
  await h.sandbox.reset({
    team: ROOMY_TEAM,
    members: [OWNER, { ...OWNER, email: "mo@example.com", display_name: "Mo", role: "member" }],
    faults: { seed: 1, slow: 1, slowMs: 3_000 },
  });

  await page.getByRole("button", { name: "Submit invites…" }).click();
  await page.getByRole("button", { name: "Send 5 invites" }).click();
  const running = page.getByRole("region", { name: "Submit running" });
  await running.waitFor();
  await running.getByText("You can keep working in the sheet", { exact: false }).waitFor();
  // While it runs: sort the list by account, A to Z (every row moves).
  await clickCell(page, "A2");
  await page.getByRole("button", { name: "Sort A to Z" }).click();
  await waitForCell(page, "A2", "amy@example.com");
  expect(await running.count()).toBe(1); // sorted before any answer came back

  await shown(page, "Invited 4. Skipped 2.").waitFor();
  await settle(page);
  await waitForCellMatching(page, "F6", /^Skipped: already a member/);
  expect(await accountsAndStatuses(page, 6)).toEqual([
    ["amy@example.com", "Invited"],
    ["bad@example", expect.stringMatching(/^Skipped: "bad@example" is missing the end of the domain/)],
    ["eli@example.com", "Invited"],
    ["kim@example.com", "Invited"],
    ["mo@example.com", "Skipped: already a member of the team"],
    ["zoe@example.com", "Invited"],
  ]);
  // Each display name stayed with its address (the sort moved whole rows).
  for (const [row, name] of [
    [2, "Amy"],
    [4, "Eli"],
    [7, "Zoe"],
  ] as const)
    await waitForCell(page, `C${row}`, name);
  // And the sandbox invited exactly those people, once each; Mo was never sent.
  const received = (await h.sandbox.requests()).byAddress;
  expect(Object.fromEntries(Object.entries(received).map(([address, counts]) => [address, counts.received]))).toEqual({
    "amy@example.com": 1,
    "eli@example.com": 1,
    "kim@example.com": 1,
    "zoe@example.com": 1,
  });
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});
