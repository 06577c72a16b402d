// Live validation, as a user meets it: type, fix, paste, sort, delete, grow the table, pick from a
// dropdown on the web, and the add-in's own writes not starting another round.
import type { SimulatedExcel } from "../../src/excel-sim";
import { sampleSheet } from "../../src/invites";
import { ERROR_FILL, startLiveValidation, type LiveValidation, type SheetSummary } from "../../src/workbook";
import { expectSheetMatchesRules, grid, record, setUp } from "./helpers";

let excel: SimulatedExcel;
let live: LiveValidation;
let summaries: SheetSummary[];

async function start(options: Parameters<typeof setUp>[0] = {}): Promise<void> {
  excel = await setUp(options);
  summaries = [];
  live = await startLiveValidation(excel.run, {
    onSummary: (s) => summaries.push(s),
    onError: (e) => {
      throw e;
    },
  });
}

afterEach(async () => {
  await live.stop();
  expect(excel.handlerErrors).toEqual([]);
});

describe("typing", () => {
  beforeEach(() => start());

  test("a bad email marks the cell and the Status explains; fixing it clears both", async () => {
    excel.user.type("Invites!A2", "ann@example");
    await excel.settle();
    expect(excel.user.fill("Invites!A2")).toBe(ERROR_FILL);
    expect(excel.user.value("Invites!F2")).toMatch(/^Error in Splashtop account: "ann@example" is missing the end of the domain/);
    expect(summaries.at(-1)).toMatchObject({ rows: 1, ready: 0, errors: 1, warnings: 0 });

    excel.user.type("Invites!A2", "ann@example.com");
    await excel.settle();
    expect(excel.user.fill("Invites!A2")).toBeUndefined();
    expect(excel.user.value("Invites!F2")).toBe("");
    expect(summaries.at(-1)).toMatchObject({ rows: 1, ready: 1, errors: 0, findings: [] });
  });

  test("several findings in a row: errors first, joined in one Status", async () => {
    excel.user.paste("Invites!A2", [[" ann@example.com ", "", "", "Premium", "owner"]]);
    await excel.settle();
    const status = String(excel.user.value("Invites!F2"));
    expect(status.split(" | ").map((part) => part.split(":")[0])).toEqual([
      "Error in License type",
      "Error in Role",
      "Warning in Splashtop account",
    ]);
    expectSheetMatchesRules(excel);
  });

  test("deleting a row's contents clears its marks", async () => {
    excel.user.type("Invites!A2", "not an email");
    await excel.settle();
    excel.user.clear("Invites!A2:E2");
    await excel.settle();
    expect(excel.user.fill("Invites!A2")).toBeUndefined();
    expect(excel.user.value("Invites!F2")).toBe("");
  });

  test("a row typed under the table joins it (auto-expansion) and is checked", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    await excel.settle();
    excel.user.type("Invites!A3", "ANN@example.com");
    await excel.settle();
    expect(excel.user.table("InviteSheet")?.rowCount).toBe(2);
    expect(excel.user.fill("Invites!A3")).toBe(ERROR_FILL);
    expect(excel.user.value("Invites!F3")).toMatch(/already in row 2/);
    expectSheetMatchesRules(excel);
  });

  test("an edit elsewhere on the sheet costs nothing", async () => {
    excel.stats.reset();
    excel.user.type("Invites!K5", "a note");
    await excel.settle();
    expect(excel.stats.syncs).toBe(0);
    expect(live.counters.ignored).toBe(1);
  });
});

describe("the add-in's own writes", () => {
  beforeEach(() => start());

  test("one edit: two syncs, one round; the Status write it causes starts nothing", async () => {
    const rounds = live.counters.rounds;
    excel.stats.reset();
    excel.user.type("Invites!A2", "bad address");
    await excel.settle();
    expect(excel.stats.syncs).toBe(2);
    expect(live.counters.rounds).toBe(rounds + 1);
    expect(live.counters.ownWritesIgnored).toBeGreaterThanOrEqual(1);
    expect(excel.stats.eventsDelivered).toBe(2); // the user's edit, and our Status write (ignored)
  });

  test("submit results are shown by person: validation never overwrites a result that still matches its row", async () => {
    excel.user.type("Invites!A2", "ann@example.com");
    excel.user.type("Invites!A3", "bo@example.com");
    await excel.settle();
    await live.recordResults([
      record("ann@example.com", { kind: "invited" }),
      record("bo@example.com", { kind: "failed", reason: "seat limit" }),
    ]);
    await excel.settle();
    expect(summaries.at(-1)?.submitted).toBe(2);
    expect(excel.user.value("Invites!F2")).toBe("Invited");
    expect(excel.user.value("Invites!F3")).toBe("Failed: seat limit");
    // Row 3 becomes a duplicate of row 2: it is marked, and bo's result is no longer about it.
    excel.user.type("Invites!A3", "Ann@example.com");
    await excel.settle();
    expect(excel.user.fill("Invites!A3")).toBe(ERROR_FILL);
    expect(excel.user.value("Invites!F2")).toBe("Invited");
    expect(excel.user.value("Invites!F3")).toMatch(/^Error in Splashtop account: "Ann@example.com" is already in row 2/);
    await live.recheck();
    expect(excel.user.value("Invites!F2")).toBe("Invited");
    expectSheetMatchesRules(excel);
  });
});

describe("restarting and cell-edit mode", () => {
  test("stop removes the handlers in the context that added them: restarts do not pile them up", async () => {
    await start();
    for (let i = 0; i < 3; i++) {
      await live.stop();
      live = await startLiveValidation(excel.run, {
        onSummary: (s) => summaries.push(s),
        onError: (e) => {
          throw e;
        },
      });
    }
    const rounds = live.counters.rounds;
    excel.stats.reset();
    excel.user.type("Invites!A2", "bad address");
    await excel.settle();
    expect(live.counters.rounds).toBe(rounds + 1);
    // The user's edit and our Status write, to one handler each: nothing left over from earlier starts.
    expect(excel.stats.eventsDelivered).toBe(2);
  });

  test("a round that comes while the user is typing in a cell waits for the edit to end, then runs", async () => {
    await start();
    excel.user.type("Invites!A2", "bad address");
    excel.user.beginEdit("Invites!B2");
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Not yet checked: Excel holds the add-in's batch while the cell is being edited.
    expect(excel.user.value("Invites!F2")).toBe("");
    excel.user.endEdit("Sales");
    await excel.settle();
    expect(excel.user.value("Invites!F2")).toMatch(/^Error in Splashtop account/);
    expect(excel.handlerErrors).toEqual([]);
  });

  test("on the web, a dropdown pick is checked as soon as the selection moves on", async () => {
    await start({ host: "web" });
    excel.user.paste("Invites!A2", [["ann@example.com", "", "", "", "Owner"]]);
    await excel.settle();
    excel.user.select("Invites!E2");
    excel.user.pick("Invites!E2", "Member");
    await excel.settle();
    expect(excel.user.value("Invites!F2")).toMatch(/^Error in Role/); // no event for the pick
    excel.stats.reset();
    excel.user.select("Invites!A3");
    await excel.settle();
    expect(excel.user.value("Invites!F2")).toBe("");
    expect(live.counters.selectionRechecks).toBeGreaterThan(0);
  });
});

describe("paste, sort and delete", () => {
  const sample = sampleSheet(10_000, 300);

  beforeEach(async () => {
    await start();
    excel.user.paste("Invites!A3", grid(sample.rows));
    await excel.settle();
  });

  test("pasting 10,000 rows with 300 mistakes marks exactly those findings, nothing else", () => {
    const findings = expectSheetMatchesRules(excel);
    const summary = summaries.at(-1) as SheetSummary;
    expect(summary.rows).toBe(10_000);
    expect(summary.findings).toEqual(findings);
    // Each injected mistake is found at its row (row 2 is the table's first, blank row).
    for (const m of sample.mistakes) expect(findings.some((f) => f.row === m.index + 3 && f.code === m.code)).toBe(true);
  });

  test("sorting keeps marks on the right rows", async () => {
    excel.user.sort("InviteSheet", { column: 2, ascending: false });
    await excel.settle();
    expectSheetMatchesRules(excel);
    excel.user.sort("InviteSheet", { column: 0 });
    await excel.settle();
    expectSheetMatchesRules(excel);
  });

  test("deleting and inserting rows keeps marks on the right rows (row numbers in messages follow)", async () => {
    const duplicate = sample.mistakes.find((m) => m.code === "duplicate-account");
    expect(duplicate).toBeDefined();
    excel.stats.reset();
    excel.user.deleteRows("Invites", 5, 3);
    await excel.settle();
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
    expectSheetMatchesRules(excel);
    excel.user.insertRows("Invites", 40, 2);
    await excel.settle();
    expectSheetMatchesRules(excel);
    excel.user.type("Invites!A40", "new@example");
    await excel.settle();
    expectSheetMatchesRules(excel);
  });
});

describe("dropdown picks", () => {
  test("on the web a pick raises no event; Re-check catches it", async () => {
    await start({ host: "web" });
    excel.user.paste("Invites!A2", [["ann@example.com", "", "", "", "Owner"]]);
    await excel.settle();
    expect(excel.user.value("Invites!F2")).toMatch(/^Error in Role/);
    excel.user.pick("Invites!E2", "Member");
    await excel.settle();
    expect(excel.user.value("Invites!F2")).toMatch(/^Error in Role/);
    const { summary } = await live.recheck();
    expect(summary.errors).toBe(0);
    expect(excel.user.value("Invites!F2")).toBe("");
    expect(excel.user.fill("Invites!E2")).toBeUndefined();
  });

  test("on desktop a pick is an edit like any other", async () => {
    await start({ host: "desktop" });
    excel.user.paste("Invites!A2", [["ann@example.com", "", "", "", "Owner"]]);
    await excel.settle();
    excel.user.pick("Invites!E2", "Member");
    await excel.settle();
    expect(excel.user.value("Invites!F2")).toBe("");
  });
});

describe("team changes", () => {
  test("setTeam re-checks against the new profile and refreshes the Group dropdown", async () => {
    await start();
    excel.user.paste("Invites!A2", [["ann@example.com", "sales"]]);
    excel.user.paste("Invites!A3", [["bo@example.com", "Finance", "", "", "Admin"]]);
    await excel.settle();
    expect(summaries.at(-1)?.findings).toEqual([]);
    await live.setTeam({ userGroups: ["Sales"], inviterRole: "admin" });
    expect(excel.user.validation("Invites!B2")?.items).toEqual(["Sales"]);
    expectSheetMatchesRules(excel, { userGroups: ["Sales"], inviterRole: "admin" });
    expect(
      summaries
        .at(-1)
        ?.findings.map((f) => f.code)
        .sort(),
    ).toEqual(["admin-not-allowed", "non-canonical"]);
  });
});

describe("user formatting outside the table", () => {
  test("is never touched by validation", async () => {
    await start();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Invites");
      sheet.getRange("H2:H4").format.fill.color = "#00FF00";
      sheet.getRange("A30").format.fill.color = "#0000FF";
      await context.sync();
    });
    excel.user.paste("Invites!A3", grid(sampleSheet(20, 10).rows));
    await excel.settle();
    excel.user.sort("InviteSheet", { column: 0 });
    await excel.settle();
    await live.recheck();
    expect(excel.user.fill("Invites!H3")).toBe("#00FF00");
    expect(excel.user.fill("Invites!A30")).toBe("#0000FF");
  });
});
