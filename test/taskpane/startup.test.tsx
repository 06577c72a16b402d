// main.tsx: starts in Office.onReady; in Excel it follows Office's theme and reads the workbook
// through Excel.run (here the simulator's run); elsewhere it says where the pane works.
import type { act as Act } from "react";
import { createSimulatedExcel } from "../../src/excel-sim";
import { text } from "./dom";

// Each test loads the whole pane afresh (jest.resetModules): seconds on a busy machine.
jest.setTimeout(60_000);

type Info = { host: string | null; platform: string | null };

function installOffice(info: Info, officeTheme?: { isDarkTheme: boolean }) {
  const sim = createSimulatedExcel();
  Object.assign(globalThis, {
    Office: {
      onReady: () => Promise.resolve(info),
      HostType: { Excel: "Excel" },
      context: { officeTheme, platform: info.platform },
    },
    Excel: { run: sim.run },
  });
  return sim;
}

/** Runs main.tsx afresh (new module registry, so its React is the one whose act we use). */
async function start(): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="container"></div>';
  jest.resetModules();
  /* eslint-disable @typescript-eslint/no-require-imports -- a fresh registry needs synchronous require */
  const { act } = require("react") as { act: typeof Act };
  await act(async () => {
    require("../../src/taskpane/main");
    /* eslint-enable @typescript-eslint/no-require-imports */
    // Office.onReady, the controller's first look at the workbook, and the renders settle inside act.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return document.getElementById("container") as HTMLElement;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

test("in Excel with Office's dark theme: the pane is dark and offers Set up sheet", async () => {
  installOffice({ host: "Excel", platform: "PC" }, { isDarkTheme: true });
  const container = await start();
  expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
  expect(text(container)).toContain("Set up sheet");
});

test("outside Office (no Office.js): a clear note and the way to the workbench", async () => {
  const container = await start();
  expect(text(container)).toContain("Office.js could not be loaded");
  expect(container.querySelector('a[href="workbench.html"]')).not.toBeNull();
});

test("Office.js in a plain browser tab: says it is not in Excel", async () => {
  installOffice({ host: null, platform: null });
  const container = await start();
  expect(text(container)).toContain("This page is open in a browser, not in Excel.");
});
