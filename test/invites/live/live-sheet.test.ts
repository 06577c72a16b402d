// The live sheet against the rules run from scratch: after any sequence of edits, pastes, inserts,
// deletes, team changes and header moves (fast-check's commands), every row's findings equal
// validateSheet's for the same rows, the counts match, and every row whose findings changed was
// reported by takeChanged (what the sheet repaints comes from there).
import fc from "fast-check";
import {
  createLiveSheet,
  emptyRow,
  resolveTeam,
  validateSheet,
  type Finding,
  type InviteRow,
  type LiveSheet,
  type TeamProfile,
} from "../../../src/invites";

type Model = { rows: InviteRow[]; profile: TeamProfile; firstRow: number; shown: Map<number, string> };
type Real = { sheet: LiveSheet };

// Mostly valid values (so rows reach the group and seat passes), with every kind of trouble mixed in.
const valid = <T>(good: readonly T[], bad: readonly T[]) =>
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const accounts = valid(
  ["ann@x.com", "bob@x.com", "carl@x.com", "dee@x.com", "eve@x.com", "fay@x.com", "gus@x.com", "hal@x.com"],
  ["ANN@x.com ", "", "not-an-email"],
);
const groups = valid(["", "Sales", "Lab", "Ops", "Dev", "HR"], ["sales ", "SALES", "lab", "Kiosk", "y".repeat(70)]);
const licenses = valid(["", "Access", "Support"], ["support", "Technician", "Premium", "End user"]);
const roles = valid(["", "Member"], ["admin", "Owner", "Admin"]);
const names = valid(["", "Ann"], ["x".repeat(70), " Bo"]);

const row: fc.Arbitrary<InviteRow> = fc.record({
  account: accounts,
  group: groups,
  displayName: names,
  licenseType: licenses,
  role: roles,
});
const blankish: fc.Arbitrary<InviteRow> = fc.oneof({ weight: 1, arbitrary: fc.constant(emptyRow()) }, { weight: 4, arbitrary: row });

const seatsLeft = fc.option(fc.integer({ min: 0, max: 6 }), { nil: null });
const profile: fc.Arbitrary<TeamProfile> = fc
  .record(
    {
      inviterRole: fc.constantFrom("owner" as const, "admin" as const),
      licenses: fc.oneof(fc.constant(undefined), fc.record({ access: seatsLeft, support: seatsLeft }, { requiredKeys: [] })),
      userGroups: fc.subarray(["Sales", "HR"]),
      computerGroups: fc.subarray(["Kiosk"]),
      userGroupsSupported: fc.boolean(),
      maxGroups: fc.integer({ min: 1, max: 6 }),
    },
    { requiredKeys: [] },
  )
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as TeamProfile);

const key = (findings: readonly Finding[]) => JSON.stringify(findings);

function expected(model: Model): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  for (const f of validateSheet(model.rows, resolveTeam(model.profile), model.firstRow)) {
    const i = f.row - model.firstRow;
    byRow.set(i, [...(byRow.get(i) ?? []), f]);
  }
  return byRow;
}

function check(model: Model, real: Real): void {
  const want = expected(model);
  const { sheet } = real;
  expect(sheet.length).toBe(model.rows.length);
  const reported = new Set(sheet.takeChanged());
  let errors = 0;
  let warnings = 0;
  let rowsWithErrors = 0;
  for (let i = 0; i < model.rows.length; i++) {
    const rowWant = want.get(i) ?? [];
    expect([i, sheet.findings(i)]).toEqual([i, rowWant]);
    const shown = key(rowWant);
    // A row whose findings changed must have been reported (or the sheet would keep old marks).
    if (model.shown.get(i) !== shown) expect([i, reported.has(i)]).toEqual([i, true]);
    model.shown.set(i, shown);
    const e = rowWant.filter((f) => f.severity === "error").length;
    errors += e;
    warnings += rowWant.length - e;
    if (e) rowsWithErrors++;
  }
  for (const i of [...model.shown.keys()]) if (i >= model.rows.length) model.shown.delete(i);
  const nonBlank = model.rows.filter((r) => Object.values(r).some((v) => v.trim() !== "")).length;
  expect(sheet.counts()).toEqual({ rows: nonBlank, errors, warnings, rowsWithErrors });
}

/** Row positions move on insert and delete; what was shown moves with them. */
function shiftShown(model: Model, at: number, delta: number): void {
  const next = new Map<number, string>();
  for (const [i, v] of model.shown) {
    if (i < at) next.set(i, v);
    else if (delta > 0) next.set(i + delta, v);
    else if (i >= at - delta) next.set(i + delta, v);
  }
  model.shown = next;
}

class SetRows implements fc.Command<Model, Real> {
  constructor(
    readonly at: number,
    readonly rows: InviteRow[],
  ) {}
  check = (m: Readonly<Model>) => this.at + this.rows.length <= m.rows.length;
  run(m: Model, r: Real) {
    m.rows.splice(this.at, this.rows.length, ...this.rows);
    r.sheet.setRows(this.at, this.rows);
    check(m, r);
  }
  toString = () => `setRows(${this.at}, ${JSON.stringify(this.rows)})`;
}

class Insert implements fc.Command<Model, Real> {
  constructor(
    readonly at: number,
    readonly count: number,
  ) {}
  check = (m: Readonly<Model>) => this.at <= m.rows.length;
  run(m: Model, r: Real) {
    m.rows.splice(this.at, 0, ...Array.from({ length: this.count }, emptyRow));
    shiftShown(m, this.at, this.count);
    r.sheet.insert(this.at, this.count);
    check(m, r);
  }
  toString = () => `insert(${this.at}, ${this.count})`;
}

class Remove implements fc.Command<Model, Real> {
  constructor(
    readonly at: number,
    readonly count: number,
  ) {}
  check = (m: Readonly<Model>) => this.at + this.count <= m.rows.length;
  run(m: Model, r: Real) {
    m.rows.splice(this.at, this.count);
    shiftShown(m, this.at, -this.count);
    r.sheet.remove(this.at, this.count);
    check(m, r);
  }
  toString = () => `remove(${this.at}, ${this.count})`;
}

class SetTeam implements fc.Command<Model, Real> {
  constructor(readonly profile: TeamProfile) {}
  check = () => true;
  run(m: Model, r: Real) {
    m.profile = this.profile;
    r.sheet.setTeam(resolveTeam(this.profile));
    check(m, r);
  }
  toString = () => `setTeam(${JSON.stringify(this.profile)})`;
}

class MoveHeader implements fc.Command<Model, Real> {
  constructor(readonly firstRow: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    m.firstRow = this.firstRow;
    r.sheet.setFirstRow(this.firstRow);
    check(m, r);
  }
  toString = () => `setFirstRow(${this.firstRow})`;
}

const commands = [
  fc.tuple(fc.nat(24), fc.array(blankish, { minLength: 1, maxLength: 3 })).map(([at, rows]) => new SetRows(at, rows)),
  fc.tuple(fc.nat(24), blankish).map(([at, one]) => new SetRows(at, [one])),
  fc.tuple(fc.nat(24), fc.integer({ min: 1, max: 3 })).map(([at, n]) => new Insert(at, n)),
  fc.tuple(fc.nat(24), fc.integer({ min: 1, max: 3 })).map(([at, n]) => new Remove(at, n)),
  profile.map((p) => new SetTeam(p)),
  fc.integer({ min: 2, max: 40 }).map((n) => new MoveHeader(n)),
];

describe("the live sheet", () => {
  test("after any sequence of edits, inserts, deletes, team changes and header moves, it finds what a full check finds", () => {
    fc.assert(
      fc.property(
        fc.array(blankish, { minLength: 0, maxLength: 24 }),
        profile,
        fc.commands(commands, { maxCommands: 40 }),
        (initial, start, cmds) => {
          const model: Model = { rows: initial.slice(), profile: start, firstRow: 2, shown: new Map() };
          const sheet = createLiveSheet(resolveTeam(start), 2);
          sheet.load(initial);
          const real: Real = { sheet };
          check(model, real);
          fc.modelRun(() => ({ model, real }), cmds);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  test("seats: an edit above the limit moves it by exactly one row, and only the rows that crossed are reported", () => {
    const team = resolveTeam({ licenses: { access: 2, support: null } });
    const rows = ["a", "b", "c", "d"].map((n) => ({ ...emptyRow(), account: `${n}@x.com` }));
    const sheet = createLiveSheet(team, 2);
    sheet.load(rows);
    sheet.takeChanged();
    expect([0, 1, 2, 3].map((i) => sheet.findings(i).map((f) => f.code))).toEqual([[], [], ["seat-limit"], ["seat-limit"]]);
    // Row 2 (index 0) gets an error: it stops using a seat, so row 4 (index 2) is now within the two seats.
    sheet.setRows(0, [{ ...emptyRow(), account: "a@x" }]);
    expect(sheet.takeChanged()).toEqual([0, 2]);
    expect([0, 1, 2, 3].map((i) => sheet.findings(i).map((f) => f.code))).toEqual([["invalid-email"], [], [], ["seat-limit"]]);
  });
});
