// Light or dark as Office says; the system's scheme when Office says nothing.
import { PaneApp } from "../../src/taskpane/App";
import type { PaneStore } from "../../src/taskpane/pane-model";
import { officeThemeMode } from "../../src/taskpane/theme";
import { render } from "./dom";
import { fakeActions, fakeEnv, paneState } from "./fixtures";

function store(): PaneStore {
  const state = paneState();
  return { getState: () => state, subscribe: () => () => undefined, actions: fakeActions() };
}

test("Office's theme decides: isDarkTheme, else the body background's lightness", () => {
  expect(officeThemeMode({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
  expect(officeThemeMode({ isDarkTheme: false })).toBe("light");
  expect(officeThemeMode({ bodyBackgroundColor: "#262626" })).toBe("dark");
  expect(officeThemeMode({ bodyBackgroundColor: "#F3F3F3" })).toBe("light");
  expect(officeThemeMode(undefined)).toBeNull();
  expect(officeThemeMode({})).toBeNull();
});

test("the pane renders Fluent's dark theme when Office says dark", async () => {
  const { container } = await render(<PaneApp store={store()} env={fakeEnv()} theme={officeThemeMode({ isDarkTheme: true })} />);
  expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
});

test("without Office's theme the pane follows prefers-color-scheme", async () => {
  const matchMedia = jest.fn((query: string) => ({
    matches: query.includes("dark"),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
  }));
  Object.defineProperty(window, "matchMedia", { configurable: true, value: matchMedia });
  try {
    const { container } = await render(<PaneApp store={store()} env={fakeEnv()} theme={null} />);
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
  } finally {
    delete (window as { matchMedia?: unknown }).matchMedia;
  }
});
