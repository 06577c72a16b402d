// Screenshots of the workbench (grid + pane) in light and dark, for docs/screenshots/.
import fs from "node:fs";
import path from "node:path";
import { clickCell, openWorkbench, pageErrors, SCREENSHOTS, settle, startHarness, waitForCell, type Harness } from "./workbench-helper";

jest.setTimeout(120_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await h?.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`workbench with 1,000 sample rows, ${colorScheme} theme`, async () => {
    const page = await openWorkbench(h, { colorScheme });
    await page.getByRole("button", { name: "Set up sheet" }).click();
    await page.getByRole("tab", { name: "Invites", selected: true }).waitFor();
    await page.getByRole("button", { name: "Load 1,000 sample rows" }).click();
    await settle(page);
    await page.getByRole("heading", { name: /Not a valid email address/ }).waitFor();
    await clickCell(page, "D3");
    await waitForCell(page, "A1", "Splashtop account");
    expect(await page.locator("[data-theme]").first().getAttribute("data-theme")).toBe(colorScheme);
    await page.screenshot({ path: path.join(SCREENSHOTS, `workbench-${colorScheme}.png`) });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
}
