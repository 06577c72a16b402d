// Sorted arrays of row indexes, kept sorted by binary search: the live indexes' building block.

/** First position in `list` whose value is >= `value`. */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted(list: number[], value: number): void {
  list.splice(lowerBound(list, value), 0, value);
}

/** Removes `value` if present; returns whether it was. */
export function removeSorted(list: number[], value: number): boolean {
  const at = lowerBound(list, value);
  if (list[at] !== value) return false;
  list.splice(at, 1);
  return true;
}
