// The pane's Undo for Fix, Fix all and Import (append and replace), on the simulator with live
// validation running: the table's cells (formulas included), its row count and the checks that
// follow from them (fills, Status) come back exactly as they were; and Undo refuses, touching
// nothing, when the cells were changed since.
import fc from "fast-check";
import type { SimulatedExcel } from "../../../src/excel-sim";
import { emptyRow, type InviteRow } from "../../../src/invites";
import { startLiveValidation, TABLE_NAME, type LiveValidation } from "../../../src/workbook";
import { applyAllFixesUndoable, applyFixUndoable, importRowsUndoable, undoAction, type UndoEntry } from "../../../src/workbook/undo";
import { record, setUp } from "../helpers";

/** Everything of the table a person could see: every cell's formula or value and fill, and the table's extent. */
function snapshot(excel: SimulatedExcel): { address: string; cells: string[] } {
  const info = excel.user.table(TABLE_NAME);
  if (!info) throw new Error("no invite table");
  const cells: string[] = [];
  const rows = info.rowCount + 3; // and the rows below it, which an import may have filled
  for (let r = 1; r <= rows + 1; r++) {
    for (const col of ["A", "B", "C", "D", "E", "F", "G"]) {
      const address = `Invites!${col}${r}`;
      cells.push(`${col}${r}=${excel.user.formula(address) ?? String(excel.user.value(address))}|${excel.user.fill(address) ?? ""}`);
    }
  }
  return { address: info.address, cells };
}

const field = (options: string[]) => fc.constantFrom(...options);
const rowArb: fc.Arbitrary<InviteRow> = fc.record({
  account: field(["ann@example.com", " bo@example.com ", "cy@example", "", "ANN@example.com", "dee@example.com"]),
  group: field(["", "Sales", " Sales ", "Ops"]),
  displayName: field(["", "Ann", '=HYPERLINK("x")', "Lee, Cy"]),
  licenseType: field(["", "Access", "technician", "Premium"]),
  role: field(["", "member", "Admin", "Owner"]),
});

type Action = { kind: "fixAll" } | { kind: "fixOne" } | { kind: "import"; mode: "append" | "replace"; rows: InviteRow[] };
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: "fixAll" as const }),
  fc.constant({ kind: "fixOne" as const }),
  fc.record({
    kind: fc.constant("import" as const),
    mode: fc.constantFrom("append" as const, "replace" as const),
    rows: fc.array(rowArb, { minLength: 1, maxLength: 6 }),
  }),
);

async function act(excel: SimulatedExcel, live: LiveValidation, action: Action): Promise<UndoEntry | null> {
  switch (action.kind) {
    case "fixAll":
      return (await applyAllFixesUndoable(excel.run)).undo;
    case "fixOne": {
      const fixable = live.summary().findings.find((f) => f.fix !== undefined && f.column !== null);
      return fixable ? applyFixUndoable(excel.run, fixable) : null;
    }
    case "import":
      return (await importRowsUndoable(excel.run, action.rows, action.mode)).undo;
  }
}

test("Undo puts back exactly the cells, rows and checks an action changed (property over random sheets and actions)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.boolean(), actionArb, async (rows, withResult, action) => {
      const excel = await setUp();
      const live = await startLiveValidation(excel.run, {
        onError: (e) => {
          throw e;
        },
      });
      try {
        excel.user.paste(
          "Invites!A2",
          rows.map((r) => [r.account, r.group, r.displayName, r.licenseType, r.role]),
        );
        await excel.settle();
        // A submit result in Status (validation never overwrites it) must come back too.
        if (withResult) {
          const row2 = ["A", "B", "C", "D", "E"].map((l) => String(excel.user.value(`Invites!${l}2`) ?? ""));
          if (row2[0]?.trim())
            await live.recordResults([
              record(row2[0].trim(), { kind: "invited" }, { group: row2[1], displayName: row2[2], licenseType: row2[3], role: row2[4] }),
            ]);
          await excel.settle();
        }
        const before = snapshot(excel);
        const entry = await act(excel, live, action);
        await excel.settle();
        if (!entry) return; // nothing was changed, nothing to undo
        const outcome = await undoAction(excel.run, entry);
        expect(outcome).toEqual({ ok: true, cells: expect.any(Number) });
        await excel.settle();
        expect(snapshot(excel)).toEqual(before);
      } finally {
        await live.stop();
      }
      expect(excel.handlerErrors).toEqual([]);
    }),
    { numRuns: 60 },
  );
}, 60_000);

describe("Undo refuses, and changes nothing, when the cells were changed since", () => {
  let excel: SimulatedExcel;
  let live: LiveValidation;
  beforeEach(async () => {
    excel = await setUp();
    live = await startLiveValidation(excel.run, {
      onError: (e) => {
        throw e;
      },
    });
    excel.user.paste("Invites!A2", [
      ["ann@example.com", " Sales ", "Ann", "technician", ""],
      ["bo@example.com", "", "Bo", "", ""],
    ]);
    await excel.settle();
  });
  afterEach(async () => {
    await live.stop();
  });

  test("a fixed cell typed over: the reason names the cell and both texts", async () => {
    const { undo } = await applyAllFixesUndoable(excel.run);
    await excel.settle();
    excel.user.type("Invites!B2", "Sales team");
    await excel.settle();
    const held = snapshot(excel);
    const outcome = await undoAction(excel.run, undo as UndoEntry);
    expect(outcome).toEqual({
      ok: false,
      reason:
        'Cannot undo Fix all: B2 was changed since ("Sales" is now "Sales team"). Undo would overwrite that change; change the cells back by hand instead.',
    });
    expect(snapshot(excel)).toEqual(held);
  });

  test("a row added below the table after an import", async () => {
    const { undo } = await importRowsUndoable(excel.run, [{ ...emptyRow(), account: "zed@example.com" }], "replace");
    await excel.settle();
    excel.user.type("Invites!A3", "new@example.com");
    await excel.settle();
    const outcome = await undoAction(excel.run, undo as UndoEntry);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? "" : outcome.reason).toMatch(/^Cannot undo the import: rows were added to or removed from the invite table since/);
    expect(excel.user.value("Invites!A2")).toBe("zed@example.com");
  });

  test("a submit result written into Status after the import", async () => {
    const { undo } = await importRowsUndoable(
      excel.run,
      [
        { ...emptyRow(), account: "zed@example.com" },
        { ...emptyRow(), account: "yu@example.com" },
      ],
      "replace",
    );
    await excel.settle();
    await live.recordResults([record("yu@example.com", { kind: "invited" })]);
    await excel.settle();
    const outcome = await undoAction(excel.run, undo as UndoEntry);
    expect(outcome).toEqual({
      ok: false,
      reason: 'Cannot undo the import: row 3 was sent to Splashtop since (its Status says "Invited"). Undo would lose that result.',
    });
    expect(excel.user.value("Invites!F3")).toBe("Invited");
  });

  test("other cells changed since do not matter: Undo still restores its own, and their checks", async () => {
    const marked = { b2: excel.user.fill("Invites!B2"), d2: excel.user.fill("Invites!D2"), status: excel.user.value("Invites!F2") };
    const { undo } = await applyAllFixesUndoable(excel.run);
    await excel.settle();
    excel.user.type("Invites!C2", "Ann Lee");
    await excel.settle();
    expect(await undoAction(excel.run, undo as UndoEntry)).toEqual({ ok: true, cells: 2 });
    await excel.settle();
    expect(excel.user.values("Invites!B2:D2")).toEqual([[" Sales ", "Ann Lee", "technician"]]);
    expect({ b2: excel.user.fill("Invites!B2"), d2: excel.user.fill("Invites!D2"), status: excel.user.value("Invites!F2") }).toEqual(
      marked,
    );
  });
});
