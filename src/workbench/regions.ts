// F6 and Shift+F6 move between the workbench's areas (the sheet, the toolbar, the task pane), as
// F6 moves between the worksheet, the ribbon and the task pane in Excel:
// https://support.microsoft.com/office/keyboard-shortcuts-in-excel-1798d9d5-842a-42b8-9c99-9b7213f0040f
// Each area gets focus back where it last had it, or on its first control.
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface Region {
  root: HTMLElement;
  /** Where focus goes when the area is entered and it has no remembered place (the grid itself for the sheet). */
  entry?: () => HTMLElement | null;
}

function usable(el: Element | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;
}

/** The index of the area holding `active`, or -1. */
function regionOf(regions: readonly Region[], active: Element | null): number {
  return active ? regions.findIndex((region) => region.root.contains(active)) : -1;
}

/** Focuses the next (or previous) area after the one holding `active`; returns its index. */
export function cycleRegions(
  regions: readonly Region[],
  active: Element | null,
  backwards: boolean,
  remembered: WeakMap<HTMLElement, HTMLElement>,
): number {
  const from = regionOf(regions, active);
  const n = regions.length;
  const to = from < 0 ? (backwards ? n - 1 : 0) : (from + (backwards ? n - 1 : 1)) % n;
  const region = regions[to];
  if (!region) return -1;
  const last = remembered.get(region.root);
  const target =
    usable(last) && region.root.contains(last)
      ? last
      : (region.entry?.() ?? [...region.root.querySelectorAll(FOCUSABLE)].find(usable) ?? null);
  target?.focus();
  return to;
}
