// The sheet accent (active cell border, active header text, active sheet tab) meets WCAG AA in
// both themes, on the backgrounds it is drawn on (grid-styles.ts, SheetTabs.tsx).
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrastRatio, SHEET_ACCENT } from "../../src/workbench/sheet-accent";

test.each([
  ["light", webLightTheme],
  ["dark", webDarkTheme],
] as const)("%s theme: the accent is readable as text (4.5:1) on cells, headers and the tab bar", (mode, theme) => {
  const accent = SHEET_ACCENT[mode];
  // Cells and the active tab: colorNeutralBackground1; active headers: colorNeutralBackground3Selected.
  for (const background of [theme.colorNeutralBackground1, theme.colorNeutralBackground3Selected, theme.colorNeutralBackground3]) {
    expect(contrastRatio(accent, background)).toBeGreaterThanOrEqual(4.5);
  }
});

test("the contrast ratio is WCAG's: black on white 21, a colour on itself 1, Excel's green on near-black below 3", () => {
  expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
  expect(contrastRatio("#5EC48B", "#5EC48B")).toBe(1);
  expect(contrastRatio("#107C41", webDarkTheme.colorNeutralBackground1)).toBeLessThan(3);
});
