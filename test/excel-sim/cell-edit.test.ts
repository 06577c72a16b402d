// Cell-edit mode and Excel.run's overloads.
// Excel.RunOptions.delayForCellEdit (@types/office-js): "When `false`, if the user is in cell edit
// when the batch request is processed by the host, the batch automatically fails. When `true`, the
// batch request is executed immediately if the user is not in cell edit mode, but if the user is in
// cell edit mode then the batch request is delayed until the user exits cell edit mode."
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
// Error code: Excel.ErrorCodes.invalidOperationInCellEditMode ("InvalidOperationInCellEditMode";
// office-js runtime `RequestContext._processOfficeJsErrorResponse`, excel-web-16.00.debug.js), message
// from https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
// The runtime honours the option only where the host reports the "DelayForCellEdit" set (`onBeforeExcelRun`).
import fc from "fast-check";
import type { SimulatedExcel } from "../../src/excel-sim";
import { failure, sim } from "./helpers";

function writeA1(x: SimulatedExcel, value: string, options?: Excel.RunOptions): Promise<void> {
  const batch = async (context: Excel.RequestContext) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[value]];
    await context.sync();
  };
  return options ? x.run(options, batch) : x.run(batch);
}

/** Lets every queued microtask and timer run once (no time threshold: only event-loop order). */
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("cell-edit mode", () => {
  test("a batch that reaches Excel while a cell is edited fails with InvalidOperationInCellEditMode and changes nothing", async () => {
    const x = sim();
    x.user.beginEdit("C3");
    const err = await failure(writeA1(x, "written"));
    expect(err).toMatchObject({ code: "InvalidOperationInCellEditMode", name: "RichApi.Error" });
    expect(err.message).toContain("Edit cell mode");
    expect(x.user.value("A1")).toBe("");
    expect(x.stats.failedSyncs).toBe(1);
  });

  test("reads fail too: any request is refused, not only writes", async () => {
    const x = sim();
    x.user.beginEdit("C3");
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperationInCellEditMode");
  });

  test("a batch queuing nothing does not reach Excel, so it passes during an edit", async () => {
    const x = sim();
    x.user.beginEdit("C3");
    await expect(x.run(async (context) => context.sync())).resolves.toBeUndefined();
  });

  test("with { delayForCellEdit: true } the batch waits for the edit to end, then runs", async () => {
    const x = sim();
    x.user.beginEdit("C3");
    let done = false;
    const pending = writeA1(x, "after the edit", { delayForCellEdit: true }).then(() => {
      done = true;
    });
    await turn();
    expect([done, x.user.value("A1")]).toEqual([false, ""]);
    x.user.endEdit("typed");
    await pending;
    expect([x.user.value("C3"), x.user.value("A1")]).toEqual(["typed", "after the edit"]);
  });

  test("Esc (cancelEdit) also releases waiting batches, and leaves the cell as it was", async () => {
    const x = sim();
    x.user.type("C3", "before");
    x.user.beginEdit("C3");
    const pending = writeA1(x, "x", { delayForCellEdit: true });
    x.user.cancelEdit();
    await pending;
    expect([x.user.value("C3"), x.user.value("A1")]).toEqual(["before", "x"]);
  });

  test("a host without the DelayForCellEdit set ignores the option (the runtime checks the set)", async () => {
    const x = sim({ requirementSets: { DelayForCellEdit: null } });
    x.user.beginEdit("C3");
    const err = await failure(writeA1(x, "x", { delayForCellEdit: true }));
    expect(err.code).toBe("InvalidOperationInCellEditMode");
  });

  test("the edit's own change event comes after Enter, and the delayed batch sees the committed value", async () => {
    const x = sim();
    const seen: string[] = [];
    await x.run(async (context) => {
      context.workbook.worksheets
        .getActiveWorksheet()
        .onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => void seen.push(args.address));
      await context.sync();
    });
    x.user.beginEdit("B2");
    const read = x.run({ delayForCellEdit: true }, async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("B2").load("values");
      await context.sync();
      return r.values;
    });
    await turn();
    expect(seen).toEqual([]);
    x.user.endEdit("ann@example.com");
    expect(await read).toEqual([["ann@example.com"]]);
    await x.settle();
    expect(seen).toEqual(["B2"]);
  });

  test("a Stop alert keeps the cell in edit mode (Retry); type() cancels it", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Admin,Member" },
      };
      await context.sync();
    });
    x.user.beginEdit("B2");
    expect(x.user.endEdit("Owner").accepted).toBe(false);
    expect(x.user.editing).toBe("Sheet1!B2");
    expect(x.user.endEdit("Admin").accepted).toBe(true);
    expect(x.user.editing).toBeUndefined();
    expect(x.user.type("B2", "Owner").accepted).toBe(false);
    expect(x.user.editing).toBeUndefined();
  });

  test("other actions are refused while a cell is edited (in Excel they end the edit first)", () => {
    const x = sim();
    x.user.beginEdit("A1");
    expect(() => x.user.paste("B1", [["x"]])).toThrow(/being edited/);
    expect(() => x.user.select("B1")).toThrow(/being edited/);
    expect(() => x.user.beginEdit("B1")).toThrow(/being edited/);
  });

  // Model: batches run at once when no cell is edited; without the option they fail during an
  // edit; with it they wait and run, in the order they arrived, when the edit ends.
  test("model: any interleaving of edits and batches", async () => {
    type Model = { editing: boolean; waiting: string[]; cells: Map<string, string> };
    type Real = { x: SimulatedExcel; waiting: Promise<void>[] };
    const cellOf = (n: number) => `D${n + 1}`;
    let serial = 0;

    class Begin implements fc.AsyncCommand<Model, Real> {
      check = (m: Readonly<Model>) => !m.editing;
      async run(m: Model, r: Real) {
        r.x.user.beginEdit("A1");
        m.editing = true;
      }
      toString = () => "beginEdit";
    }
    class Finish implements fc.AsyncCommand<Model, Real> {
      constructor(readonly commit: boolean) {}
      check = (m: Readonly<Model>) => m.editing;
      async run(m: Model, r: Real) {
        if (this.commit) r.x.user.endEdit("typed");
        else r.x.user.cancelEdit();
        await Promise.all(r.waiting);
        for (const id of m.waiting) m.cells.set(id, id);
        m.editing = false;
        m.waiting = [];
        r.waiting = [];
        for (const [cell, value] of m.cells) expect(r.x.user.value(cell)).toBe(value);
      }
      toString = () => (this.commit ? "endEdit" : "cancelEdit");
    }
    class Batch implements fc.AsyncCommand<Model, Real> {
      constructor(readonly delay: boolean) {}
      check = () => true;
      async run(m: Model, r: Real) {
        const cell = cellOf(serial++);
        let outcome: "done" | "failed" | undefined;
        const p = r.x
          .run(this.delay ? { delayForCellEdit: true } : {}, async (context) => {
            context.workbook.worksheets.getActiveWorksheet().getRange(cell).values = [[cell]];
            await context.sync();
          })
          .then(
            () => {
              outcome = "done";
            },
            (e: { code?: string }) => {
              outcome = e.code === "InvalidOperationInCellEditMode" ? "failed" : undefined;
            },
          );
        await turn();
        if (!m.editing) {
          expect(outcome).toBe("done");
          m.cells.set(cell, cell);
        } else if (!this.delay) {
          expect(outcome).toBe("failed");
          expect(r.x.user.value(cell)).toBe("");
        } else {
          expect(outcome).toBeUndefined();
          m.waiting.push(cell);
          r.waiting.push(p);
        }
      }
      toString = () => `run(delay=${this.delay})`;
    }

    await fc.assert(
      fc.asyncProperty(
        fc.commands([fc.constant(new Begin()), fc.boolean().map((b) => new Finish(b)), fc.boolean().map((d) => new Batch(d))], {
          maxCommands: 30,
        }),
        async (cmds) => {
          const real: Real = { x: sim(), waiting: [] };
          await fc.asyncModelRun(() => ({ model: { editing: false, waiting: [], cells: new Map() }, real }), cmds);
          if (real.x.user.editing) real.x.user.cancelEdit();
          await Promise.all(real.waiting);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("Excel.run overloads", () => {
  test("run(options, batch) and run(batch) both run the batch", async () => {
    const x = sim();
    await writeA1(x, "one");
    await writeA1(x, "two", { delayForCellEdit: true });
    expect(x.user.value("A1")).toBe("two");
  });

  test("run(context, batch) reuses an earlier run's context; objects made in that earlier run stay released", async () => {
    const x = sim();
    let kept: Excel.Range | undefined;
    const first = await x.run(async (context) => {
      kept = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      await context.sync();
      return context;
    });
    await x.run(first, async (context) => {
      expect(context).toBe(first);
      context.workbook.worksheets.getActiveWorksheet().getRange("B1").values = [["again"]];
      expect(() => kept?.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
      await context.sync();
    });
    expect(x.user.value("B1")).toBe("again");
  });

  test("run(object, batch) uses that object's context; objects from different contexts are refused", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      await x.run(sheet, async (inner) => expect(inner).toBe(context));
      await x.run({ previousObjects: sheet }, async (inner) => expect(inner).toBe(context));
      const other = await x.run(async (c2) => c2.workbook.worksheets.getActiveWorksheet());
      await expect(x.run([sheet, other], async () => undefined)).rejects.toMatchObject({ code: "InvalidRequestContext" });
    });
  });
});
