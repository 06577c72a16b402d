// Submit to Splashtop in the workbench, against the server's embedded sandbox: connect with the
// demo token, fill the profile, review, send rows (some invalid), see Invited / Skipped in the
// grid's Status column, submit again and see nothing re-sent (the sandbox's own counters).
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOMY_TEAM } from "../server/sandbox/sandbox-server";
import {
  openWorkbench,
  pageErrors,
  SCREENSHOTS,
  settle,
  shown,
  waitForCell,
  waitForCellMatching,
  setUpSheet,
  pasteRowsAt,
  harnessForFile,
} from "./workbench-helper";

jest.setTimeout(120_000);

const h = harnessForFile();

async function setUpWithRows(page: Page, rows: string[][]): Promise<void> {
  await setUpSheet(page);
  await pasteRowsAt(page, "A2", rows.slice(0, 1));
  await pasteRowsAt(page, "A3", rows.slice(1));
  await settle(page);
}

test("connect to the sandbox with the demo token, submit (some rows invalid), Status says Invited / Skipped; submitting again re-sends nothing", async () => {
  await h.sandbox.reset({ team: { ...ROOMY_TEAM, userGroups: ["Sales"] } });
  const page = await openWorkbench(h, { colorScheme: "light" });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await setUpWithRows(page, [
    ["ann@example.com", "Sales", "Ann Lee", "Access", "Member"],
    ["bo@example", "", "Bo", "", ""],
    ["cy@example.com", "", "Cy Ng", "technician", "Admin"],
    ["ann@example.com", "", "Ann again", "", ""],
    ["dee@example.com", "", "Dee Ray", "Support", ""],
  ]);

  await page.getByRole("button", { name: "Send invites to Splashtop" }).click();
  // The pane says plainly what the invite adapter is, with a link.
  await page.getByText("The invite call follows the Splashtop Open API's published conventions", { exact: false }).waitFor();
  await page.getByRole("link", { name: "About the Open API" }).waitFor();
  expect(await page.getByRole("combobox", { name: "Region" }).inputValue()).toBe("sandbox");
  await page.getByText("Demo token: sandbox-demo-token").waitFor();
  const token = page.getByLabel("API token");
  expect(await token.getAttribute("type")).toBe("password");
  await token.fill("sandbox-demo-token");
  await page.getByRole("button", { name: "Connect" }).click();
  await page.getByText(/Connected to Sandbox as owner@sandbox\.example: team 4242, role owner\./).waitFor();
  // The token is not kept in the page: the field is cleared, nothing is stored, no URL carries it.
  await page.getByRole("button", { name: "Disconnect" }).waitFor();
  expect(await page.getByLabel("API token").count()).toBe(0);
  expect(
    await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie + location.href,
    ),
  ).not.toContain("sandbox-demo-token");

  // Connecting read the team: no separate click.
  await page
    .getByText(
      /^From Splashtop: your role, licenses and seats left, .*existing members\. The sheet is checked against them; change them under Team profile if needed\.$/,
    )
    .waitFor();

  await page.getByRole("button", { name: "Submit invites…" }).click();
  const preview = page.getByRole("region", { name: "What will be sent" });
  await preview.getByText("3 invites will be sent (1 Access, 2 Support).").waitFor();
  await preview.getByText("2 rows will be skipped (Status will say why):").waitFor();
  await preview.getByText(/^Row 3 \(bo@example\): /).waitFor();
  await preview.getByText(/^Row 5 \(ann@example\.com\): .*row 2/).waitFor();
  const before = await h.sandbox.stats();
  await page.getByRole("button", { name: "Send 3 invites" }).click();
  await shown(page, "Invited 3. Skipped 2.").waitFor();

  await waitForCell(page, "F2", "Invited");
  await waitForCellMatching(page, "F3", /^Skipped: "bo@example" is missing the end of the domain/);
  await waitForCell(page, "F4", "Invited");
  // Row 5 repeats row 2's address: its result is not kept as Ann's record, so its Status keeps
  // its own check, which says why it was skipped.
  await waitForCellMatching(page, "F5", /^Error in Splashtop account: .*row 2/);
  await waitForCell(page, "F6", "Invited");
  const after = await h.sandbox.stats();
  expect(after.invites - before.invites).toBe(3);
  expect((await h.sandbox.state()).members.map((m) => m.email).sort()).toEqual([
    "ann@example.com",
    "cy@example.com",
    "dee@example.com",
    "owner@sandbox.example",
  ]);

  // Submit again: nothing is re-sent.
  await page.getByRole("button", { name: "Submit invites…" }).click();
  // Row 5 repeats row 2's address: now that row 2 is Invited it is skipped as already on the team.
  await preview.getByText("No rows to send.").waitFor();
  await preview.getByRole("button", { name: "Back" }).waitFor();
  await preview.getByText("2 rows will be skipped (Status will say why):").waitFor();
  await preview.getByText(/^Row 5 \(ann@example\.com\): .*already/).waitFor();
  await preview.getByText("3 rows already invited: left alone.").waitFor();
  await page.getByRole("button", { name: "Write why in Status (2 skipped rows)" }).click();
  await shown(page, "Invited 0. Skipped 2. 3 already invited before.").waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, "workbench-submit-light.png") });
  const again = await h.sandbox.stats();
  expect(again.invites).toBe(after.invites);
  expect(again.calls).toBe(after.calls);
  await waitForCell(page, "F2", "Invited");

  // Disconnect forgets the session: Connect is offered again with an empty token field.
  await page.getByRole("button", { name: "Disconnect" }).click();
  expect(await page.getByLabel("API token").inputValue()).toBe("");
  expect(requests.filter((url) => url.includes("sandbox-demo-token"))).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
  await page.context().close();
});
