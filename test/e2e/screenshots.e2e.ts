// Screenshots of the workbench (grid + pane) in light and dark, for docs/screenshots/ (`npm run screenshots`): a sheet set
// up by the pane, rows with typical mistakes pasted in, and the highlights and Status text the
// workbook layer wrote.
import path from "node:path";
import { ERROR_FILL, WARNING_FILL } from "../../src/workbook";
import {
  clickCell,
  openWorkbench,
  pageErrors,
  SCREENSHOTS,
  settle,
  waitForCell,
  waitForFill,
  setUpSheet,
  pasteRowsAt,
  harnessForFile,
} from "./workbench-helper";

jest.setTimeout(120_000);

const h = harnessForFile();

const ROWS = [
  ["ann.lee@example.com", "Sales", "Ann Lee", "Access", "Member"],
  ["bo.chen@example", "Sales", "Bo Chen", "Access", "Member"],
  ["cy.ng@example.com", " Support Desk ", "Cy Ng", "Support", "Admin"],
  ["dee.ray@example.com", "Engineering", "Dee Ray", "technician", "Member"],
  ["ann.lee@example.com", "Sales", "Ann Lee (2)", "Access", "Member"],
  ["eve.kim@example.com", "Sales", "Eve Kim", "Premium", "Member"],
  ["fay.ito@example.com", "Engineering", "Fay Ito", "Access", "Owner"],
  ["gus.ortiz@example.com", "", '=HYPERLINK("x")', "Support", "Member"],
  ["hal.berg@example.com", "Sales", "Hal Berg", "Access", "Member"],
  ["ida.moss@example.com", "Engineering", "Ida Moss", "Support", "Admin"],
  ["", "Sales", "Jo (no email)", "Access", "Member"],
  ["kim.park@example.com", "Sales", "Kim Park", "Access", "member"],
];

for (const colorScheme of ["light", "dark"] as const) {
  test(`workbench with rows with mistakes highlighted, ${colorScheme} theme`, async () => {
    const page = await openWorkbench(h, { colorScheme });
    await setUpSheet(page);
    await pasteRowsAt(page, "A2", ROWS.slice(0, 1));
    await pasteRowsAt(page, "A3", ROWS.slice(1));
    await settle(page);
    await waitForFill(page, "A3", ERROR_FILL);
    await waitForFill(page, "B4", WARNING_FILL);
    await page.getByRole("heading", { name: /Not a valid email address/ }).waitFor();
    await clickCell(page, "A3");
    await waitForCell(page, "A1", "Splashtop account");
    expect(await page.locator("[data-theme]").first().getAttribute("data-theme")).toBe(colorScheme);
    await page.screenshot({ path: path.join(SCREENSHOTS, `workbench-${colorScheme}.png`) });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
}
