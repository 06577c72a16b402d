// Adding and removing event handlers, as the office-js runtime does it (`GenericEventHandlers` and
// `EventHandlerResult` in node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js): each
// event property of each proxy object keeps its own handler list; `remove(handler)` only looks in
// that list; `EventHandlerResult.remove()` queues on the context that added the handler, which the
// docs' sample syncs with `Excel.run(eventResult.context, ...)`:
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler
// Selection events: Worksheet.onSelectionChanged (ExcelApi 1.7), WorksheetCollection.onSelectionChanged
// (1.9), Table.onSelectionChanged (1.7); args per Excel.WorksheetSelectionChangedEventArgs and
// Excel.TableSelectionChangedEventArgs (@types/office-js). Dropdown picks on the web raise no
// onChanged (office-js issues #3888, #4066), so an add-in re-checks when the selection moves on.
import fc from "fast-check";
import type { SimulatedExcel } from "../../src/excel-sim";
import { sim } from "./helpers";

type Changed = Excel.WorksheetChangedEventArgs;

async function addHandler(
  x: SimulatedExcel,
  seen: string[],
): Promise<{ result: OfficeExtension.EventHandlerResult<Changed>; handler: (a: Changed) => Promise<void> }> {
  const handler = async (a: Changed) => void seen.push(a.address);
  const result = await x.run(async (context) => {
    const r = context.workbook.worksheets.getActiveWorksheet().onChanged.add(handler);
    await context.sync();
    return r;
  });
  return { result, handler };
}

async function edits(x: SimulatedExcel, seen: string[]): Promise<number> {
  const before = seen.length;
  x.user.type("A1", `v${before}`);
  await x.settle();
  return seen.length - before;
}

describe("removing event handlers", () => {
  test("EventHandlers.remove(handler) in a new Excel.run does nothing: the handler keeps firing", async () => {
    const x = sim();
    const seen: string[] = [];
    const { handler } = await addHandler(x, seen);
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().onChanged.remove(handler);
      await context.sync();
    });
    expect(await edits(x, seen)).toBe(1);
  });

  test("a restart that adds again without removing in the right context piles up handlers", async () => {
    const x = sim();
    const seen: string[] = [];
    const { handler } = await addHandler(x, seen);
    for (let restart = 0; restart < 2; restart++) {
      await x.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.onChanged.remove(handler);
        sheet.onChanged.add(handler);
        await context.sync();
      });
    }
    expect(await edits(x, seen)).toBe(3);
  });

  test("EventHandlerResult.remove() synced in the adding context (Excel.run(result.context, ...)) stops it", async () => {
    const x = sim();
    const seen: string[] = [];
    const { result } = await addHandler(x, seen);
    await x.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    expect(await edits(x, seen)).toBe(0);
  });

  test("EventHandlerResult.remove() followed by a sync of another context removes nothing", async () => {
    const x = sim();
    const seen: string[] = [];
    const { result } = await addHandler(x, seen);
    await x.run(async (context) => {
      result.remove();
      await context.sync();
    });
    expect(await edits(x, seen)).toBe(1);
    await x.run(result.context, async (context) => context.sync());
    expect(await edits(x, seen)).toBe(0);
  });

  test("in the same run and through the same proxy, remove(handler) works; through another proxy of the same sheet it does not", async () => {
    const x = sim();
    const seen: string[] = [];
    const handler = async (a: Changed) => void seen.push(a.address);
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.onChanged.add(handler);
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").onChanged.remove(handler);
      await context.sync();
    });
    expect(await edits(x, seen)).toBe(1);
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.onChanged.add(handler);
      await context.sync();
      sheet.onChanged.remove(handler);
      await context.sync();
    });
    expect(await edits(x, seen)).toBe(1);
  });

  test("the same handler added twice is called twice; one remove takes one away", async () => {
    const x = sim();
    const seen: string[] = [];
    const handler = async (a: Changed) => void seen.push(a.address);
    await x.run(async (context) => {
      const events = context.workbook.worksheets.getActiveWorksheet().onChanged;
      events.add(handler);
      events.add(handler);
      await context.sync();
      expect(await edits(x, seen)).toBe(2);
      events.remove(handler);
      await context.sync();
    });
    expect(await edits(x, seen)).toBe(1);
  });
});

describe("model: handlers added and removed across runs", () => {
  // Model: the number of live registrations. Adding in any run adds one; remove(handler) in a new run
  // removes nothing; EventHandlerResult.remove() synced in its own context removes exactly that one.
  type Model = { live: number; results: number };
  type Real = {
    x: SimulatedExcel;
    results: OfficeExtension.EventHandlerResult<Changed>[];
    calls: number;
    handler: (a: Changed) => Promise<void>;
  };

  class Add implements fc.AsyncCommand<Model, Real> {
    check = () => true;
    async run(m: Model, r: Real) {
      r.results.push(
        await r.x.run(async (context) => {
          const result = context.workbook.worksheets.getActiveWorksheet().onChanged.add(r.handler);
          await context.sync();
          return result;
        }),
      );
      m.live++;
      m.results++;
    }
    toString = () => "add in a new run";
  }
  class RemoveInNewRun implements fc.AsyncCommand<Model, Real> {
    check = () => true;
    async run(_m: Model, r: Real) {
      await r.x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().onChanged.remove(r.handler);
        await context.sync();
      });
    }
    toString = () => "remove(handler) in a new run";
  }
  class RemoveResult implements fc.AsyncCommand<Model, Real> {
    check = (m: Readonly<Model>) => m.results > 0;
    async run(m: Model, r: Real) {
      const result = r.results.pop() as OfficeExtension.EventHandlerResult<Changed>;
      await r.x.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      });
      m.live--;
      m.results--;
    }
    toString = () => "result.remove() in its context";
  }
  class Edit implements fc.AsyncCommand<Model, Real> {
    check = () => true;
    async run(m: Model, r: Real) {
      const before = r.calls;
      r.x.user.type("A1", `v${before}`);
      await r.x.settle();
      expect(r.calls - before).toBe(m.live);
    }
    toString = () => "edit";
  }

  test("every edit reaches exactly the handlers the model says are live", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands([fc.constant(new Add()), fc.constant(new RemoveInNewRun()), fc.constant(new RemoveResult()), fc.constant(new Edit())], {
          maxCommands: 25,
        }),
        async (cmds) => {
          const real: Real = { x: sim(), results: [], calls: 0, handler: async () => undefined };
          real.handler = async () => void real.calls++;
          await fc.asyncModelRun(() => ({ model: { live: 0, results: 0 }, real }), cmds);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("onSelectionChanged", () => {
  async function listen(x: SimulatedExcel): Promise<unknown[]> {
    const seen: unknown[] = [];
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().onSelectionChanged.add(async (a) => void seen.push(a));
      await context.sync();
    });
    return seen;
  }

  test("a selection that moves raises WorksheetSelectionChanged with the new address; the same selection again raises nothing", async () => {
    const x = sim();
    const seen = await listen(x);
    x.user.select("B3");
    x.user.select("B3");
    x.user.select("C4:D5");
    expect(seen).toEqual([]);
    await x.settle();
    expect(seen).toEqual([
      { type: "WorksheetSelectionChanged", address: "B3", worksheetId: expect.stringMatching(/^\{/) },
      { type: "WorksheetSelectionChanged", address: "C4:D5", worksheetId: expect.stringMatching(/^\{/) },
    ]);
  });

  test("a dropdown pick on the web raises no onChanged; moving on raises onSelectionChanged, so the add-in can re-check the picked cell", async () => {
    const x = sim({ host: "web" });
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Admin,Member" },
      };
      await context.sync();
    });
    const changes: string[] = [];
    const selections: string[] = [];
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.onChanged.add(async (a) => void changes.push(a.address));
      sheet.onSelectionChanged.add(async (a) => void selections.push(a.address));
      await context.sync();
    });
    x.user.select("B2");
    x.user.pick("B2", "Member");
    x.user.select("B3");
    await x.settle();
    expect(changes).toEqual([]);
    expect(selections).toEqual(["B2", "B3"]);
  });

  test("Range.select() from the add-in raises it too; the workbook-wide event hears every sheet", async () => {
    const x = sim();
    const seen: string[] = [];
    await x.run(async (context) => {
      context.workbook.worksheets.add("Two");
      context.workbook.worksheets.onSelectionChanged.add(async (a) => void seen.push(a.address));
      await context.sync();
      context.workbook.worksheets.getItem("Two").getRange("C3").select();
      await context.sync();
    });
    x.user.select("Sheet1!A2");
    await x.settle();
    expect(seen).toEqual(["C3", "A2"]);
  });

  test("Table.onSelectionChanged tells whether the selection is inside the table and which part", async () => {
    const x = sim();
    x.user.paste("A1", [
      ["Email", "Role"],
      ["a@x.com", "Admin"],
    ]);
    const seen: Excel.TableSelectionChangedEventArgs[] = [];
    await x.run(async (context) => {
      const t = context.workbook.tables.add("A1:B2", true);
      t.onSelectionChanged.add(async (a) => void seen.push(a));
      await context.sync();
    });
    x.user.select("B2:C3");
    x.user.select("E9");
    await x.settle();
    expect(seen.map((a) => [a.type, a.isInsideTable, a.address])).toEqual([
      ["TableSelectionChanged", true, "B2"],
      ["TableSelectionChanged", false, ""],
    ]);
  });
});

describe("event args on older hosts", () => {
  test("triggerSource (ExcelApi 1.14) and details (1.9) are absent where the host lacks their sets", async () => {
    for (const [version, hasTrigger, hasDetails] of [
      ["1.20", true, true],
      ["1.13", false, true],
      ["1.8", false, false],
    ] as const) {
      const x = sim({ requirementSets: { ExcelApi: version } });
      const seen: Changed[] = [];
      await x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().onChanged.add(async (a) => void seen.push(a));
        await context.sync();
      });
      x.user.type("A1", "x");
      await x.settle();
      expect(["triggerSource" in (seen[0] ?? {}), "details" in (seen[0] ?? {})]).toEqual([hasTrigger, hasDetails]);
    }
  });

  // WorksheetChangedEventArgs.changeDirectionState (ExcelApi 1.14): "The direction (such as down or to
  // the right) that existing cells will shift when a new cell or cells are inserted ... (such as up or
  // to the left) ... when a cell or cells are deleted".
  test("cell inserts and deletes say which way cells moved (ExcelApi 1.14); whole rows and edits do not", async () => {
    const x = sim();
    const seen: Changed[] = [];
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.onChanged.add(async (a) => void seen.push(a));
      await context.sync();
      sheet.getRange("B2:C2").insert("Down");
      sheet.getRange("B2").delete("Left");
      sheet.getRange("4:4").delete("Up");
      await context.sync();
    });
    await x.settle();
    expect(seen.map((a) => [a.changeType, a.address, a.changeDirectionState])).toEqual([
      ["CellInserted", "B2:C2", { insertShiftDirection: "Down" }],
      ["CellDeleted", "B2", { deleteShiftDirection: "Left" }],
      ["RowDeleted", "4:4", undefined],
    ]);
  });
});
