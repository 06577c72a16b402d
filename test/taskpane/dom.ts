// A few lines instead of a testing library: render into jsdom under act, find controls by what a
// user reads, click, and wait for async updates to settle.
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver; Fluent's Textarea and Field observe their size.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

export interface Rendered {
  container: HTMLElement;
  /** Renders new props into the same root (as a parent's re-render would). */
  rerender(ui: ReactElement): Promise<void>;
  unmount(): void;
}

const mounted: Root[] = [];

export async function render(ui: ReactElement): Promise<Rendered> {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  mounted.push(root);
  await act(async () => root.render(ui));
  return {
    container,
    rerender: async (next) => {
      await act(async () => root.render(next));
    },
    unmount: () => act(() => root.unmount()),
  };
}

afterEach(() => {
  for (const root of mounted.splice(0)) act(() => root.unmount());
  document.body.innerHTML = "";
});

/** Accessible-ish name: aria-label, else the visible text. */
function nameOf(el: Element): string {
  return (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function buttons(container: ParentNode, name: string | RegExp): HTMLButtonElement[] {
  return [...container.querySelectorAll("button")].filter((b) => (typeof name === "string" ? nameOf(b) === name : name.test(nameOf(b))));
}

export function button(container: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = buttons(container, name);
  if (found.length !== 1)
    throw new Error(
      `expected one button named ${String(name)}, found ${found.length}: ${[...container.querySelectorAll("button")].map(nameOf).join(" | ")}`,
    );
  return found[0] as HTMLButtonElement;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Chooses a file in an <input type="file"> as a user would. */
export async function chooseFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, "files", { configurable: true, value: [file] });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** Lets pending promises (file reads, action results) finish and React re-render. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

export function text(container: ParentNode): string {
  return (container.textContent ?? "").replace(/\s+/g, " ");
}

/** Picks an option of a <select> as a user would (React listens for change). */
export async function chooseOption(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** Types into a React-controlled input or textarea (sets the value the way the browser does, then fires input). */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
