// The rules kept current one row at a time, for a sheet someone is editing. It gives exactly what
// validateSheet gives for the same rows (a property test holds it to that), but an edit costs the
// rows it touches, not the sheet:
//   - each row's own findings are cached (they depend on the row alone);
//   - duplicates come from the rows of each account (sorted lists per address);
//   - groups from the rows of each new group and the sorted list of each group's first row, so a
//     group's place among the new ones (its "ordinal", for the 2000-group limit) is a binary search;
//   - seats from one Fenwick tree per license type, so a row's rank among the rows using a seat
//     (past the seats left = an error) is O(log n), and an edit moves the limit by one row at most.
// The passes depend on each other in the article's order: duplicates and a row's own errors take
// it out of the group pass; those and group-limit take it out of the seat pass.
// Rows inserted or removed, a new team or a moved header rebuild the indexes (O(n), as a check is).
import type { Finding } from "../finding";
import type { LicenseType } from "../importer-format";
import { emptyRow, isBlankRow, type InviteRow } from "../row";
import { duplicateFinding } from "../rules/duplicate-accounts";
import { groupBudget, groupFindingFor, newGroupSpelling } from "../rules/group-limit";
import { resolveLicense } from "../rules/license-type";
import { seatLimitFinding } from "../rules/seat-limit";
import type { ResolvedTeam } from "../team-profile";
import { foldKey } from "../text";
import { checkRow, sortFindings } from "../validate-sheet";
import { createFenwick, type Fenwick } from "./fenwick";
import { insertSorted, lowerBound, removeSorted } from "./sorted-list";
import { spliceFilled } from "./splice-filled";

export type LiveCounts = {
  /** Non-blank rows. */
  rows: number;
  rowsWithErrors: number;
  errors: number;
  warnings: number;
};

export type LiveSheet = {
  readonly length: number;
  /** Sheet row number of index 0 (the header is the row above). */
  readonly firstRow: number;
  row(index: number): InviteRow;
  /** The row's findings, as validateSheet orders them. */
  findings(index: number): readonly Finding[];
  hasError(index: number): boolean;
  counts(): LiveCounts;
  /** Every finding, by row and column. */
  allFindings(): Finding[];
  /** Replaces every row (a full check), for a new team when given. */
  load(rows: readonly InviteRow[], firstRow?: number, team?: ResolvedTeam): void;
  /** Rows `at`, `at+1`, ... now hold `rows`. */
  setRows(at: number, rows: readonly InviteRow[]): void;
  /** Blank rows inserted at `at`. */
  insert(at: number, count: number): void;
  remove(at: number, count: number): void;
  setFirstRow(firstRow: number): void;
  setTeam(team: ResolvedTeam): void;
  /** Rows holding this folded address, ascending (the first is the one a duplicate names). */
  rowsWithAccount(key: string): readonly number[];
  /** Indexes (ascending) whose findings changed, or whose row was set, since the last call. */
  takeChanged(): number[];
};

type SeatIndex = { limit: number; tree: Fenwick };

/** The first row an index holds for a key: a row only puts its key there with itself. */
function firstOf(index: ReadonlyMap<string, readonly number[]>, key: string): number {
  const first = index.get(key)?.[0];
  if (first === undefined) throw new Error(`live sheet: no row holds "${key}" in its index`);
  return first;
}

export function createLiveSheet(initialTeam: ResolvedTeam, initialFirstRow = 2): LiveSheet {
  let team = initialTeam;
  let firstRow = initialFirstRow;
  // Per row: the row, its own findings (row numbers as when computed), and the keys the passes use.
  let rows: InviteRow[] = [];
  const own: Finding[][] = [];
  const ownError: boolean[] = [];
  const blank: boolean[] = [];
  const accountKey: string[] = [];
  /** Trimmed group and its folded key when it is a group the team does not have (else null). */
  const groupValue: string[] = [];
  const groupKey: (string | null)[] = [];
  /** The license type whose seats the row would use, when that type has a limit. */
  const seatType: (LicenseType | null)[] = [];
  // Derived by the passes.
  let groupMember: (string | null)[] = [];
  let groupError: boolean[] = [];
  let seatUse: (LicenseType | null)[] = [];
  let wide: Finding[][] = [];
  // Indexes.
  let accounts = new Map<string, number[]>();
  let groups = new Map<string, number[]>();
  let firsts: number[] = [];
  let seats = new Map<LicenseType, SeatIndex>();
  let changed = new Set<number>();
  let allChanged = false;
  const counted = { errors: 0, warnings: 0, rowsWithErrors: 0, nonBlank: 0 };
  /** Rows with any finding, so listing them costs the findings, not the sheet. */
  let withFindings = new Set<number>();

  const rowNumber = (i: number) => firstRow + i;
  const isDuplicate = (i: number) => {
    const key = accountKey[i] as string;
    return key !== "" && firstOf(accounts, key) !== i;
  };
  const eligible = (i: number) => !blank[i] && !ownError[i] && !isDuplicate(i);
  const ordinal = (key: string) => lowerBound(firsts, firstOf(groups, key)) + 1;
  const seatIndex = (type: LicenseType): SeatIndex => {
    const index = seats.get(type);
    if (!index) throw new Error(`live sheet: no seat index for ${type}`);
    return index;
  };

  function computeOwn(i: number): void {
    const row = rows[i] as InviteRow;
    const found = checkRow(row, rowNumber(i), team, []);
    own[i] = found;
    ownError[i] = found.some((f) => f.severity === "error");
    blank[i] = isBlankRow(row);
    accountKey[i] = foldKey(row.account);
    const spelling = team.userGroupsSupported && !blank[i] && row.group ? newGroupSpelling(row.group, team) : null;
    groupValue[i] = spelling?.value ?? "";
    groupKey[i] = spelling?.key ?? null;
    const type = blank[i] ? null : resolveLicense(row.licenseType, team);
    const limit = type === null ? undefined : team.seats.get(type);
    seatType[i] = typeof limit === "number" ? type : null;
  }

  function wideOf(i: number): Finding[] {
    const out: Finding[] = [];
    const key = accountKey[i] as string;
    if (key && isDuplicate(i)) out.push(duplicateFinding(rowNumber(i), (rows[i] as InviteRow).account, rowNumber(firstOf(accounts, key))));
    const group = groupMember[i];
    if (group) {
      const first = firstOf(groups, group);
      const earlier = first === i ? null : { rowNumber: rowNumber(first), spelling: groupValue[first] as string };
      const found = groupFindingFor(rowNumber(i), groupValue[i] as string, team, ordinal(group), earlier, "pane");
      if (found) out.push(found);
    }
    const type = seatUse[i];
    if (type) {
      const index = seatIndex(type);
      if (index.tree.rank(i) > index.limit) out.push(seatLimitFinding(rowNumber(i), type, index.limit));
    }
    return out;
  }

  // Counts over findings, kept as rows change so a summary costs nothing.
  function count(i: number, sign: 1 | -1): void {
    let errors = 0;
    let warnings = 0;
    for (const list of [own[i] as Finding[], wide[i] as Finding[]]) {
      for (const f of list)
        if (f.severity === "error") errors++;
        else warnings++;
    }
    counted.errors += sign * errors;
    counted.warnings += sign * warnings;
    if (errors > 0) counted.rowsWithErrors += sign;
    if (!blank[i]) counted.nonBlank += sign;
    if (errors + warnings > 0) {
      if (sign > 0) withFindings.add(i);
      else withFindings.delete(i);
    }
  }

  /** Everything from scratch: the indexes, every row's passes, the counts. Own findings stay cached. */
  function rebuild(): void {
    accounts = new Map();
    groups = new Map();
    const n = rows.length;
    for (let i = 0; i < n; i++) {
      const key = accountKey[i] as string;
      if (!key) continue;
      pushTo(accounts, key, i);
    }
    groupMember = new Array<string | null>(n).fill(null);
    for (let i = 0; i < n; i++) {
      const key = groupKey[i] as string | null;
      if (key === null || !eligible(i)) continue;
      groupMember[i] = key;
      pushTo(groups, key, i);
    }
    firsts = [...groups.values()].map((list) => list[0] as number).sort((a, b) => a - b);
    const budget = groupBudget(team);
    groupError = groupMember.map((key) => key !== null && ordinal(key) > budget);
    seatUse = new Array<LicenseType | null>(n);
    for (let i = 0; i < n; i++) seatUse[i] = !groupError[i] && eligible(i) ? (seatType[i] as LicenseType | null) : null;
    buildSeatTrees();
    wide = new Array<Finding[]>(n);
    Object.assign(counted, { errors: 0, warnings: 0, rowsWithErrors: 0, nonBlank: 0 });
    withFindings = new Set();
    for (let i = 0; i < n; i++) {
      wide[i] = wideOf(i);
      count(i, 1);
    }
    allChanged = true;
  }

  /** Room for rows appended later (a table growing row by row) without rebuilding. */
  function buildSeatTrees(): void {
    const capacity = Math.max(64, rows.length * 2);
    seats = new Map();
    for (const [type, limit] of team.seats) {
      if (typeof limit === "number") seats.set(type, { limit, tree: createFenwick(capacity, (i) => seatUse[i] === type) });
    }
  }

  /** Blank rows at the end shift nothing: the indexes only need room for them. */
  function append(appended: number): void {
    const at = rows.length;
    splice(at, 0, appended);
    for (let i = at; i < rows.length; i++) {
      groupMember[i] = null;
      groupError[i] = false;
      seatUse[i] = null;
      wide[i] = [];
      changed.add(i);
    }
    if ([...seats.values()].some((index) => index.tree.size < rows.length)) buildSeatTrees();
  }

  /** A small set of row indexes without repeats, in insertion order. */
  function collector() {
    const seen = new Set<number>();
    const list: number[] = [];
    return {
      list,
      add(i: number) {
        if (!seen.has(i)) {
          seen.add(i);
          list.push(i);
        }
      },
    };
  }

  /** Rows `indexes` changed (own findings and keys already recomputed): follow the passes. */
  function propagate(indexes: readonly number[], oldAccount: Map<number, string>): void {
    const affected = collector();
    for (const i of indexes) affected.add(i);
    // Duplicates: every row holding an account that a changed row left or took.
    const touchedAccounts = new Set<string>();
    for (const [i, before] of oldAccount) {
      const after = accountKey[i] as string;
      if (before === after) continue;
      if (before) {
        removeFrom(accounts, before, i);
        touchedAccounts.add(before);
      }
      if (after) {
        addTo(accounts, after, i);
        touchedAccounts.add(after);
      }
    }
    for (const key of touchedAccounts) for (const r of accounts.get(key) ?? []) affected.add(r);
    // Groups: membership follows eligibility; a group whose first row changed changes for all its rows.
    const firstBefore = new Map<string, number | undefined>();
    const note = (key: string) => {
      if (!firstBefore.has(key)) firstBefore.set(key, groups.get(key)?.[0]);
    };
    for (const r of affected.list) {
      const member = eligible(r) ? (groupKey[r] as string | null) : null;
      const was = groupMember[r] as string | null;
      if (member === was) continue;
      if (was !== null) {
        note(was);
        removeFrom(groups, was, r);
      }
      if (member !== null) {
        note(member);
        addTo(groups, member, r);
      }
      groupMember[r] = member;
    }
    const groupsBefore = firsts.length;
    let firstsMoved = false;
    for (const [key, before] of firstBefore) {
      const after = groups.get(key)?.[0];
      if (before === after) continue;
      firstsMoved = true;
      if (before !== undefined) removeSorted(firsts, before);
      if (after !== undefined) insertSorted(firsts, after);
      for (const r of groups.get(key) ?? []) affected.add(r);
    }
    const budget = groupBudget(team);
    // Past the limit, a group's ordinal is in its rows' messages: a moved first row renumbers them.
    if (firstsMoved && Math.max(groupsBefore, firsts.length) > budget) {
      for (const list of groups.values()) for (const r of list) affected.add(r);
    }
    // Seats: rows that start or stop using a seat move each later row's rank by one.
    const seatChanges = new Map<LicenseType, { r: number; delta: 1 | -1 }[]>();
    for (const r of affected.list) {
      const member = groupMember[r] as string | null;
      groupError[r] = member !== null && ordinal(member) > budget;
      const use = !groupError[r] && eligible(r) ? (seatType[r] as LicenseType | null) : null;
      const was = seatUse[r] as LicenseType | null;
      if (use === was) continue;
      if (was) pushTo(seatChanges, was, { r, delta: -1 });
      if (use) pushTo(seatChanges, use, { r, delta: 1 });
      seatUse[r] = use;
    }
    for (const [type, changes] of seatChanges) {
      const index = seatIndex(type);
      const limitBefore = index.tree.kth(index.limit + 1);
      for (const { r, delta } of changes) index.tree.add(r, delta);
      const limitAfter = index.tree.kth(index.limit + 1);
      // Rows between the old and the new first row past the limit crossed it.
      const lo = Math.min(limitBefore, limitAfter);
      const hi = Math.max(limitBefore, limitAfter);
      for (let k = lo === 0 ? 1 : index.tree.rank(lo - 1) + 1; ; k++) {
        const at = index.tree.kth(k);
        if (at >= hi) break;
        affected.add(at);
      }
    }
    for (const r of affected.list) {
      const next = wideOf(r);
      const before = wide[r] as Finding[];
      if (!sameFindings(before, next)) {
        count(r, -1);
        wide[r] = next;
        count(r, 1);
        changed.add(r);
      }
    }
  }

  function resize(n: number): void {
    for (const list of [rows, own, ownError, blank, accountKey, groupValue, groupKey, seatType] as unknown[][]) list.length = n;
  }

  function splice(at: number, removeCount: number, insertCount: number): void {
    const fill = <T>(list: T[], make: () => T) => spliceFilled(list, at, removeCount, insertCount, make);
    fill(rows, emptyRow);
    fill(own, (): Finding[] => []);
    fill(ownError, () => false);
    fill(blank, () => true);
    fill(accountKey, () => "");
    fill(groupValue, () => "");
    fill(groupKey, (): string | null => null);
    fill(seatType, (): LicenseType | null => null);
  }

  const sheet: LiveSheet = {
    get length() {
      return rows.length;
    },
    get firstRow() {
      return firstRow;
    },
    row: (i) => rows[i] as InviteRow,
    findings(i) {
      const mine = own[i] as Finding[];
      const others = wide[i] as Finding[];
      if (mine.length + others.length === 0) return [];
      const at = rowNumber(i);
      const stamp = (f: Finding) => (f.row === at ? f : { ...f, row: at });
      return sortFindings(mine.map(stamp), others);
    },
    hasError: (i) => ownError[i] === true || (wide[i] as Finding[]).some((f) => f.severity === "error"),
    counts: () => ({ rows: counted.nonBlank, rowsWithErrors: counted.rowsWithErrors, errors: counted.errors, warnings: counted.warnings }),
    allFindings() {
      const out: Finding[] = [];
      for (const i of [...withFindings].sort((a, b) => a - b)) for (const f of sheet.findings(i)) out.push(f);
      return out;
    },
    load(next, start = firstRow, nextTeam = team) {
      firstRow = start;
      team = nextTeam;
      rows = next.slice();
      resize(rows.length);
      for (let i = 0; i < rows.length; i++) computeOwn(i);
      rebuild();
    },
    setRows(at, next) {
      if (next.length > rows.length / 4) {
        // A paste of a good part of the sheet: one pass costs less than following each row.
        next.forEach((row, k) => {
          rows[at + k] = row;
          computeOwn(at + k);
        });
        rebuild();
        return;
      }
      const oldAccount = new Map<number, string>();
      const indexes: number[] = [];
      for (const [k, row] of next.entries()) {
        const i = at + k;
        count(i, -1);
        oldAccount.set(i, accountKey[i] as string);
        rows[i] = row;
        computeOwn(i);
        count(i, 1);
        indexes.push(i);
        changed.add(i);
      }
      propagate(indexes, oldAccount);
    },
    insert(at, insertCount) {
      if (insertCount <= 0) return;
      if (at === rows.length) return append(insertCount);
      splice(at, 0, insertCount);
      rebuild();
    },
    remove(at, removeCount) {
      if (removeCount <= 0) return;
      splice(at, removeCount, 0);
      rebuild();
    },
    setFirstRow(next) {
      if (next === firstRow) return;
      firstRow = next;
      rebuild();
    },
    setTeam(next) {
      team = next;
      for (let i = 0; i < rows.length; i++) computeOwn(i);
      rebuild();
    },
    rowsWithAccount: (key) => accounts.get(key) ?? [],
    takeChanged() {
      const out = allChanged ? rows.map((_, i) => i) : [...changed].filter((i) => i < rows.length).sort((a, b) => a - b);
      changed = new Set();
      allChanged = false;
      return out;
    },
  };
  return sheet;
}

function addTo(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) insertSorted(list, i);
  else map.set(key, [i]);
}

function removeFrom(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) return;
  removeSorted(list, i);
  if (list.length === 0) map.delete(key);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return g !== undefined && f.code === g.code && f.column === g.column && f.message === g.message && f.fix === g.fix && f.row === g.row;
    })
  );
}
