import { foldKey } from "./text";

// The rows of each account (case and outer spaces ignored), kept up to date one row at a time, so
// a live edit finds its duplicates without re-reading the sheet: a changed account touches two
// lists, not every row. The full check builds none of this (validateSheet hashes in one pass).

export type AccountIndex = {
  /** Row `index` now holds `account` ("" or spaces: no account). */
  set(index: number, account: string): void;
  /** Rows were inserted or removed at `at`: every later row moved. */
  shift(at: number, delta: number): void;
  /** Each later occurrence with the index of its first, in no particular order. */
  duplicates(): Iterable<readonly [index: number, first: number]>;
};


function insertSorted(list: number[], value: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, value);
}

export function createAccountIndex(): AccountIndex {
  let keyOf: string[] = [];
  const rowsOf = new Map<string, number[]>();
  /** Keys held by more than one row: the only ones a duplicate can come from. */
  const repeated = new Set<string>();

  function detach(index: number): void {
    const key = keyOf[index];
    if (!key) return;
    const list = rowsOf.get(key) as number[];
    list.splice(list.indexOf(index), 1);
    if (list.length === 0) rowsOf.delete(key);
    if (list.length < 2) repeated.delete(key);
  }

  function attach(index: number, key: string): void {
    keyOf[index] = key;
    if (!key) return;
    const list = rowsOf.get(key);
    if (!list) { rowsOf.set(key, [index]); return; }
    insertSorted(list, index);
    repeated.add(key);
  }

  return {
    set(index, account) {
      const key = foldKey(account);
      if ((keyOf[index] ?? "") === key) return;
      detach(index);
      attach(index, key);
    },
    shift(at, delta) {
      if (delta === 0) return;
      // Rows from `moved` on keep their accounts and move by `delta`; no text is hashed again.
      const moved = delta < 0 ? at - delta : at;
      for (let i = at; i < moved && i < keyOf.length; i++) detach(i);
      const inserted = delta > 0 ? new Array<string>(delta).fill("") : [];
      keyOf = [...keyOf.slice(0, at), ...inserted, ...keyOf.slice(moved)];
      for (const list of rowsOf.values()) {
        for (let j = 0; j < list.length; j++) if ((list[j] as number) >= moved) list[j] = (list[j] as number) + delta;
      }
    },
    *duplicates() {
      for (const key of repeated) {
        const [first, ...later] = rowsOf.get(key) as number[];
        for (const index of later) yield [index, first as number] as const;
      }
    },
  };
}
