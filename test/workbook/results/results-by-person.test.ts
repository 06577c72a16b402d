// Submit results belong to people, not row numbers (issue "submit bound to the person"): a result
// lands on its person's row wherever that row is now, survives closing and reopening the pane,
// goes stale when the row is edited, and only one pane at a time may send from a workbook.
import type { SimulatedExcel } from "../../../src/excel-sim";
import {
  acquireLease,
  releaseLease,
  renewLease,
  startLiveValidation,
  type LeaseClock,
  type LiveValidation,
  type RunExcel,
} from "../../../src/workbook";
import { expectSheetMatchesRules, record, setUp, storedRecords } from "../helpers";

let excel: SimulatedExcel;
let live: LiveValidation;

async function start(host: "web" | "desktop" = "web"): Promise<void> {
  excel = await setUp({ host });
  live = await startLiveValidation(excel.run, {
    onError: (e) => {
      throw e;
    },
  });
  excel.user.paste("Invites!A2", [["ann@example.com", "", "Ann"]]);
  excel.user.paste("Invites!A3", [
    ["bo@example.com", "", "Bo"],
    ["cy@example.com", "", "Cy"],
  ]);
  await excel.settle();
  expect(excel.user.table("InviteSheet")?.rowCount).toBe(3);
}

const status = (row: number) => String(excel.user.value(`Invites!F${row}`));

afterEach(async () => {
  await live.stop();
  expect(excel.handlerErrors).toEqual([]);
});

describe.each(["web", "desktop"] as const)("on %s", (host) => {
  beforeEach(() => start(host));

  test("correcting an invited row's address takes Invited off it, and Re-check does not bring it back", async () => {
    await live.recordResults([record("ann@example.com", { kind: "invited" }, { displayName: "Ann" })]);
    await excel.settle();
    expect(status(2)).toBe("Invited");
    excel.user.type("Invites!A2", "anne@example.com");
    await excel.settle();
    expect(status(2)).toBe("");
    const snapshot = await live.recheck();
    expect(status(2)).toBe("");
    // The old address was invited, and stays on record; the corrected one was not.
    expect([...snapshot.records.keys()]).toEqual(["ann@example.com"]);
    expectSheetMatchesRules(excel);
  });

  test("changing another field of an invited row says so in plain words; changing it back shows Invited again", async () => {
    await live.recordResults([record("bo@example.com", { kind: "invited" }, { displayName: "Bo" })]);
    await excel.settle();
    excel.user.type("Invites!E3", "Admin");
    await excel.settle();
    expect(status(3)).toMatch(/^Changed since it was invited \(Role\)/);
    excel.user.type("Invites!E3", "");
    await excel.settle();
    expect(status(3)).toBe("Invited");
    expectSheetMatchesRules(excel);
  });

  test("results of a plan made before a sort land on the people they are about", async () => {
    // The plan saw ann in row 2 and cy in row 4; the user sorts by name descending before results come.
    excel.user.sort("InviteSheet", { column: 2, ascending: false });
    await excel.settle();
    expect(excel.user.value("Invites!A2")).toBe("cy@example.com");
    await live.recordResults([
      record("ann@example.com", { kind: "invited" }, { displayName: "Ann" }),
      record("cy@example.com", { kind: "failed", reason: "no seats" }, { displayName: "Cy" }),
    ]);
    await excel.settle();
    expect([2, 3, 4].map(status)).toEqual(["Failed: no seats", "", "Invited"]);
    expectSheetMatchesRules(excel);
  });

  test("a sort whose event has not been handled yet: the rows are read again before any result is written", async () => {
    excel.user.sort("InviteSheet", { column: 2, ascending: false });
    // No settle: the sort's change event is still queued when the results arrive. Right after
    // they are kept (before that event is handled), nobody else's row shows Ann's result.
    await live.recordResults([record("ann@example.com", { kind: "invited" }, { displayName: "Ann" })]);
    expect([2, 3, 4].map(status)).toEqual(["", "", "Invited"]);
    await excel.settle();
    expect(status(4)).toBe("Invited");
    expect([2, 3].map(status)).toEqual(["", ""]);
    expectSheetMatchesRules(excel);
  });

  test("a row inserted above mid-run moves the people down; their results follow them", async () => {
    excel.user.insertRows("Invites", 2, 1);
    await excel.settle();
    await live.recordResults([
      record("ann@example.com", { kind: "invited" }, { displayName: "Ann" }),
      record("bo@example.com", { kind: "invited" }, { displayName: "Bo" }),
    ]);
    await excel.settle();
    expect([2, 3, 4, 5].map(status)).toEqual(["", "Invited", "Invited", ""]);
    expectSheetMatchesRules(excel);
  });

  test("a row deleted mid-run: its result is kept and handed back, the others are written", async () => {
    excel.user.deleteRows("Invites", 4, 1);
    await excel.settle();
    const { notFound } = await live.recordResults([
      record("ann@example.com", { kind: "invited" }, { displayName: "Ann" }),
      record("cy@example.com", { kind: "invited" }, { displayName: "Cy" }),
    ]);
    expect(notFound.map((r) => r.account)).toEqual(["cy@example.com"]);
    await excel.settle();
    expect(status(2)).toBe("Invited");
    expect(storedRecords(excel).get("cy@example.com")?.result).toEqual({ kind: "invited" });
    // The person comes back (undo, paste): they show as invited, and are not sent again.
    excel.user.paste("Invites!A4", [["cy@example.com", "", "Cy"]]);
    await excel.settle();
    expect(status(4)).toBe("Invited");
    expectSheetMatchesRules(excel);
  });

  test("a row deleted whose event has not been handled yet: its result is handed back too", async () => {
    excel.user.deleteRows("Invites", 4, 1);
    // No settle: the pane's view still has Cy on row 4 when the results arrive.
    const { notFound } = await live.recordResults([
      record("ann@example.com", { kind: "invited" }, { displayName: "Ann" }),
      record("cy@example.com", { kind: "invited" }, { displayName: "Cy" }),
    ]);
    expect(notFound.map((r) => r.account)).toEqual(["cy@example.com"]);
    await excel.settle();
    expect(status(2)).toBe("Invited");
    expect(storedRecords(excel).get("cy@example.com")?.result).toEqual({ kind: "invited" });
    expectSheetMatchesRules(excel);
  });

  test("results survive closing the pane: a new pane shows them from the workbook, even over a cleared Status", async () => {
    await live.recordResults([record("bo@example.com", { kind: "invited" }, { displayName: "Bo" })]);
    await excel.settle();
    await live.stop();
    excel.user.clear("Invites!F2:F4");
    live = await startLiveValidation(excel.run, {
      onError: (e) => {
        throw e;
      },
    });
    await excel.settle();
    expect([2, 3, 4].map(status)).toEqual(["", "Invited", ""]);
    expectSheetMatchesRules(excel);
  });
});

test("a workbook submitted by an earlier version (Invited in Status, no record) keeps its results", async () => {
  excel = await setUp();
  excel.user.paste("Invites!A2", [
    ["ann@example.com", "", "", "", "", "Invited"],
    ["bo@example.com", "", "", "", "", "Failed: busy"],
  ]);
  live = await startLiveValidation(excel.run, {
    onError: (e) => {
      throw e;
    },
  });
  await excel.settle();
  expect([2, 3].map(status)).toEqual(["Invited", "Failed: busy"]);
  expect(storedRecords(excel).get("ann@example.com")?.result).toEqual({ kind: "invited" });
  // From now on they are records like any other: an edit makes them stale.
  excel.user.type("Invites!A2", "anne@example.com");
  await excel.settle();
  expect(status(2)).toBe("");
});

describe("one sender per workbook", () => {
  // Two panes on one workbook: two run functions over the same workbook.
  const pane = (): RunExcel => ((...args: unknown[]) => (excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as RunExcel;
  let now = 1_000_000;
  const clock: LeaseClock = { now: () => now, sleep: async () => undefined };

  beforeEach(async () => {
    excel = await setUp();
    live = await startLiveValidation(excel.run);
  });

  test("a second pane cannot start while the first sends; a crashed pane's lease runs out", async () => {
    const first = pane();
    const second = pane();
    expect(await acquireLease(first, "pane-1", "Ann's laptop", clock)).toEqual({ ok: true });
    expect(await acquireLease(second, "pane-2", "Bo's laptop", clock)).toEqual({
      ok: false,
      heldBy: { owner: "pane-1", until: now + 60_000, label: "Ann's laptop" },
    });
    now += 30_000;
    expect(await renewLease(first, "pane-1", "Ann's laptop", clock)).toBe(true);
    now += 59_000; // still within the renewed minute
    expect((await acquireLease(second, "pane-2", "Bo's laptop", clock)).ok).toBe(false);
    now += 2_000; // pane 1 crashed: nothing renewed it
    expect(await acquireLease(second, "pane-2", "Bo's laptop", clock)).toEqual({ ok: true });
    expect(await renewLease(first, "pane-1", "Ann's laptop", clock)).toBe(false);
    await releaseLease(second, "pane-2");
    expect(await acquireLease(first, "pane-1", "Ann's laptop", clock)).toEqual({ ok: true });
  });

  test("two panes taking it at the same moment: exactly one of them holds it", async () => {
    const real: LeaseClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
    const outcomes = await Promise.all([acquireLease(pane(), "pane-1", "one", real, 50), acquireLease(pane(), "pane-2", "two", real, 50)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  });
});
