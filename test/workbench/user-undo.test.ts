// Ctrl+Z in the workbench: a person's edits undone one by one, in reverse, back to exactly what
// the cells held, as a model-based test over random edits (fast-check commands) on the simulator.
import fc from "fast-check";
import { createSimulatedExcel, type UserApi } from "../../src/excel-sim";
import { createUserUndo, type UserUndo } from "../../src/workbench/user-undo";
import { a1 } from "../../src/workbench/grid/cell-view";

type Cells = Map<string, string>;
interface Model {
  cells: Cells;
  history: Cells[];
}
interface Real {
  user: UserApi;
  undo: UserUndo;
}

const ROWS = 4;
const COLS = 3;
const text = fc.constantFrom("", "ann@example.com", " Sales ", "42", "007", "=1+1", "Admin", "TRUE");

/** What the sheet shows, as a person would type it back (formulas as formulas). */
function snapshot(user: UserApi): Cells {
  const out: Cells = new Map();
  for (let r = 0; r < ROWS + 2; r++) {
    for (let c = 0; c < COLS + 2; c++) {
      const address = `Sheet1!${a1(r, c)}`;
      const shown =
        user.formula(address) ??
        String(user.value(address) === true ? "TRUE" : user.value(address) === false ? "FALSE" : user.value(address));
      if (shown !== "") out.set(a1(r, c), shown);
    }
  }
  return out;
}

class TypeCommand implements fc.Command<Model, Real> {
  constructor(
    readonly r: number,
    readonly c: number,
    readonly value: string,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const address = `Sheet1!${a1(this.r, this.c)}`;
    const before = snapshot(real.user);
    real.undo.record(real.user, address);
    real.user.type(address, this.value);
    real.undo.settle(real.user);
    if (!same(before, snapshot(real.user))) model.history.push(before);
    model.cells = snapshot(real.user);
  }
  toString = () => `type ${a1(this.r, this.c)} ${JSON.stringify(this.value)}`;
}

class PasteCommand implements fc.Command<Model, Real> {
  constructor(
    readonly r: number,
    readonly c: number,
    readonly block: string[][],
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const width = Math.max(...this.block.map((row) => row.length));
    const address = `Sheet1!${a1(this.r, this.c)}:${a1(this.r + this.block.length - 1, this.c + width - 1)}`;
    const before = snapshot(real.user);
    real.undo.record(real.user, address);
    real.user.paste(`Sheet1!${a1(this.r, this.c)}`, this.block);
    real.undo.settle(real.user);
    if (!same(before, snapshot(real.user))) model.history.push(before);
    model.cells = snapshot(real.user);
  }
  toString = () => `paste ${a1(this.r, this.c)} ${JSON.stringify(this.block)}`;
}

class ClearCommand implements fc.Command<Model, Real> {
  constructor(
    readonly r: number,
    readonly c: number,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const address = `Sheet1!${a1(this.r, this.c)}`;
    const before = snapshot(real.user);
    real.undo.record(real.user, address);
    real.user.clear(address);
    real.undo.settle(real.user);
    if (!same(before, snapshot(real.user))) model.history.push(before);
    model.cells = snapshot(real.user);
  }
  toString = () => `clear ${a1(this.r, this.c)}`;
}

class UndoCommand implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real): void {
    const expected = model.history.pop();
    const restored = real.undo.undo(real.user);
    if (!expected) {
      expect(restored).toBeNull();
      return;
    }
    expect(restored).not.toBeNull();
    expect(Object.fromEntries(snapshot(real.user))).toEqual(Object.fromEntries(expected));
    model.cells = expected;
  }
  toString = () => "Ctrl+Z";
}

function same(a: Cells, b: Cells): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

const cell = { r: fc.integer({ min: 0, max: ROWS - 1 }), c: fc.integer({ min: 0, max: COLS - 1 }) };
const commands = [
  fc.record({ ...cell, value: text }).map(({ r, c, value }) => new TypeCommand(r, c, value)),
  fc
    .record({ ...cell, block: fc.array(fc.array(text, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }) })
    .map(({ r, c, block }) => new PasteCommand(r, c, block)),
  fc.record(cell).map(({ r, c }) => new ClearCommand(r, c)),
  fc.constant(new UndoCommand()),
];

test("Ctrl+Z puts back exactly what each edit replaced, last edit first; with nothing left it does nothing", () => {
  fc.assert(
    fc.property(fc.commands(commands, { maxCommands: 30 }), (cmds) => {
      const sim = createSimulatedExcel();
      const real: Real = { user: sim.user, undo: createUserUndo() };
      fc.modelRun(() => ({ model: { cells: snapshot(sim.user), history: [] }, real }), cmds);
    }),
    { numRuns: 150 },
  );
});

test("an edit that changes nothing (the same text typed again) leaves nothing to undo", () => {
  const sim = createSimulatedExcel();
  const undo = createUserUndo();
  sim.user.type("Sheet1!B2", "Sales");
  undo.record(sim.user, "Sheet1!B1");
  sim.user.type("Sheet1!B1", "");
  undo.settle(sim.user);
  expect(undo.depth).toBe(0);
  undo.record(sim.user, "Sheet1!B2");
  sim.user.type("Sheet1!B2", "Ops");
  undo.settle(sim.user);
  expect(undo.depth).toBe(1);
  expect(undo.undo(sim.user)).toBe("Sheet1!B2");
  expect(sim.user.value("Sheet1!B2")).toBe("Sales");
  expect(undo.undo(sim.user)).toBeNull();
});
