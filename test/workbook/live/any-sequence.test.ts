// Live validation survives any sequence of what a user does (fast-check's commands): type, paste,
// clear, sort, insert and delete rows, type below the table, change the team. After each step every
// fill and Status in the table equals a check from scratch of what the sheet holds, the summary's
// counts equal it too, and rows below the table with data are reported, never silently left out.
import fc from "fast-check";
import type { SimulatedExcel } from "../../../src/excel-sim";
import { resolveTeam, validateSheet, type TeamProfile } from "../../../src/invites";
import { startLiveValidation, TABLE_NAME, type LiveValidation, type SheetSummary } from "../../../src/workbook";
import { expectSheetMatchesRules, setUp, tableRows } from "../helpers";

type Model = { team: TeamProfile };
type Real = { excel: SimulatedExcel; live: LiveValidation; summaries: SheetSummary[] };

const LETTERS = ["A", "B", "C", "D", "E"];
const values = [
  ["ann@x.com", "bob@x.com", "ANN@x.com", "carl@x.com", "dee@x", " eve@x.com", "", "fay@x.com", "=1+1", "gus@x.com"],
  ["", "Sales", "sales", "Lab", "Kiosk", "Ops "],
  ["", "Ann", "Bo Lee", "x".repeat(70)],
  ["", "Access", "Support", "technician", "Premium"],
  ["", "Member", "Admin", "owner"],
];
const cell = fc.integer({ min: 0, max: 4 }).chain((col) => fc.constantFrom(...(values[col] as string[])).map((value) => ({ col, value })));
const row = fc.tuple(...values.map((v) => fc.constantFrom(...v))).map((cells) => cells as string[]);

function lastRowNumber(excel: SimulatedExcel): number {
  return 1 + (excel.user.table(TABLE_NAME)?.rowCount ?? 0);
}

async function settle(real: Real, model: Model): Promise<void> {
  await real.excel.settle();
  expect(real.excel.handlerErrors).toEqual([]);
  const findings = expectSheetMatchesRules(real.excel, model.team);
  const { rows } = tableRows(real.excel);
  const last = real.summaries.at(-1) as SheetSummary;
  const want = validateSheet(rows, resolveTeam(model.team), 2);
  expect(last.findings).toEqual(findings);
  expect(last.errors).toBe(want.filter((f) => f.severity === "error").length);
  expect(last.rows).toBe(rows.filter((r) => Object.values(r).some((v) => v.trim())).length);
  // Below the table: every row with data is reported.
  const end = lastRowNumber(real.excel);
  const below: number[] = [];
  for (let r = end + 1; r <= 60; r++) {
    if (LETTERS.some((l) => String(real.excel.user.value(`Invites!${l}${r}`) ?? "").trim() !== "")) below.push(r);
  }
  expect(last.outside?.rowNumbers ?? []).toEqual(below);
}

const command =
  <T>(name: (t: T) => string, act: (t: T, real: Real, model: Model) => void | Promise<void>) =>
  (t: T): fc.AsyncCommand<Model, Real> => ({
    check: () => true,
    async run(model, real) {
      await act(t, real, model);
      await settle(real, model);
    },
    toString: () => name(t),
  });

const commands = [
  fc.tuple(fc.integer({ min: 2, max: 14 }), cell).map(
    command(
      ([r, c]) => `type ${LETTERS[c.col]}${r} ${JSON.stringify(c.value)}`,
      ([r, c], { excel }) => {
        excel.user.type(`Invites!${LETTERS[c.col]}${r}`, c.value);
      },
    ),
  ),
  fc.tuple(fc.integer({ min: 2, max: 14 }), fc.array(row, { minLength: 1, maxLength: 4 })).map(
    command(
      ([r, rows]) => `paste A${r} ${rows.length} rows`,
      ([r, rows], { excel }) => {
        excel.user.paste(`Invites!A${r}`, rows);
      },
    ),
  ),
  fc.tuple(fc.integer({ min: 2, max: 14 }), fc.integer({ min: 0, max: 2 })).map(
    command(
      ([r, n]) => `clear A${r}:E${r + n}`,
      ([r, n], { excel }) => {
        excel.user.clear(`Invites!A${r}:E${r + n}`);
      },
    ),
  ),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()).map(
    command(
      ([c, asc]) => `sort by ${LETTERS[c]} ${asc ? "up" : "down"}`,
      ([c, asc], { excel }) => {
        excel.user.sort(TABLE_NAME, { column: c, ascending: asc });
      },
    ),
  ),
  fc.tuple(fc.integer({ min: 3, max: 14 }), fc.integer({ min: 1, max: 2 })).map(
    command(
      ([r, n]) => `insert ${n} rows at ${r}`,
      ([r, n], { excel }) => {
        excel.user.insertRows("Invites", r, n);
      },
    ),
  ),
  fc.tuple(fc.integer({ min: 3, max: 14 }), fc.integer({ min: 1, max: 2 })).map(
    command(
      ([r, n]) => `delete ${n} rows at ${r}`,
      ([r, n], { excel }) => {
        excel.user.deleteRows("Invites", r, n);
      },
    ),
  ),
  fc.tuple(fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 4 })), cell).map(
    command(
      ([gap, c]) => `type ${LETTERS[c.col]} ${gap} rows below the table`,
      ([gap, c], { excel }) => {
        excel.user.type(`Invites!${LETTERS[c.col]}${lastRowNumber(excel) + gap}`, c.value || "late@x.com");
      },
    ),
  ),
  fc.record({ seats: fc.integer({ min: 0, max: 4 }), groups: fc.boolean(), admin: fc.boolean() }).map(
    command(
      (p) => `team ${JSON.stringify(p)}`,
      async (p, { live }, model) => {
        model.team = {
          licenses: { access: p.seats, support: 1 },
          userGroups: p.groups ? ["Sales"] : [],
          computerGroups: ["Kiosk"],
          maxGroups: 3,
          inviterRole: p.admin ? "admin" : "owner",
        };
        await live.setTeam(model.team);
      },
    ),
  ),
  fc.constant(null).map(
    command(
      () => "include the rows below",
      async (_, { live }) => {
        await live.includeRowsBelow();
      },
    ),
  ),
];

describe.each(["web", "desktop"] as const)("on %s", (host) => {
  test("after any sequence of edits, every fill and Status equals a check from scratch", async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const excel = await setUp({ host });
        const summaries: SheetSummary[] = [];
        const live = await startLiveValidation(excel.run, {
          onSummary: (s) => summaries.push(s),
          onError: (e) => {
            throw e;
          },
        });
        const model: Model = { team: {} };
        try {
          await fc.asyncModelRun(() => ({ model, real: { excel, live, summaries } }), cmds);
        } finally {
          await live.stop();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
