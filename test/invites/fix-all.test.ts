// Fix all, one function for the CLI's `fix` and the pane's Fix all: it reaches a fixed point,
// keeps every row in its place, never touches formula-like text, and what it leaves is what
// export writes.
import fc from "fast-check";
import { COLUMN_KEYS, fixAll, isBlankRow, planExport, resolveTeam, validateSheet, type InviteRow } from "../../src/invites";
import { ok, rows as rowsOf } from "./check-rows";
import { rows, team } from "./arbitraries";

const formulaCells = (list: readonly InviteRow[], profile = {}) =>
  validateSheet(list, resolveTeam(profile))
    .filter((f) => f.code === "formula-like")
    .map((f) => ({ row: f.row, column: f.column as (typeof COLUMN_KEYS)[number] }));

describe("fixAll", () => {
  test("reaches a fixed point: the check of its result offers no fix that would change a cell", () => {
    fc.assert(
      fc.property(rows, team, (list, profile) => {
        const t = resolveTeam(profile);
        const result = fixAll(list, t, 2);
        expect(result.findings).toEqual(validateSheet(result.rows, t));
        const again = fixAll(result.rows, t, 2);
        expect(again.rows).toEqual(result.rows);
        expect(again.cells).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test("never drops, merges or reorders rows; blank rows stay blank; only cells with a fix change", () => {
    fc.assert(
      fc.property(rows, team, (list, profile) => {
        const result = fixAll(list, resolveTeam(profile), 2);
        expect(result.rows.length).toBe(list.length);
        let changed = 0;
        result.rows.forEach((row, i) => {
          const before = list[i] as InviteRow;
          expect(isBlankRow(row)).toBe(isBlankRow(before));
          // a fixed account is the same person: the address it had, cleaned
          if (row.account !== before.account)
            expect(before.account.toLowerCase().replace(/[\s\u200b]/g, "")).toContain(row.account.toLowerCase());
          for (const key of COLUMN_KEYS) if (row[key] !== before[key]) changed++;
        });
        expect(result.cells).toBe(changed);
      }),
      { numRuns: 300 },
    );
  });

  test("formula-like text is never rewritten, by fixAll or by export", () => {
    fc.assert(
      fc.property(rows, team, (list, profile) => {
        const t = resolveTeam(profile);
        const cells = formulaCells(list, profile);
        const fixed = fixAll(list, t, 2).rows;
        const plan = planExport(list, validateSheet(list, t), { skipInvalid: true, firstRow: 2 });
        for (const { row, column } of cells) {
          expect(fixed[row - 2]?.[column]).toBe(list[row - 2]?.[column]);
          const at = plan.ok ? plan.rowNumbers.indexOf(row) : -1;
          if (plan.ok && at >= 0) expect(plan.rows[at]?.[column]).toBe(list[row - 2]?.[column]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("what fixAll leaves without errors is exactly what export writes (blank rows aside)", () => {
    fc.assert(
      fc.property(rows, team, (list, profile) => {
        const t = resolveTeam(profile);
        const fixed = fixAll(list, t, 2);
        fc.pre(!fixed.findings.some((f) => f.severity === "error"));
        const plan = planExport(fixed.rows, fixed.findings, { skipInvalid: false, firstRow: 2 });
        expect(plan.ok && plan.rows).toEqual(fixed.rows.filter((r) => !isBlankRow(r)));
        // and when the original had no errors either, its own export writes the same rows
        const findings = validateSheet(list, t);
        if (!findings.some((f) => f.severity === "error")) {
          const direct = planExport(list, findings, { skipInvalid: false, firstRow: 2 });
          expect(direct.ok && direct.rows).toEqual(plan.ok && plan.rows);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a new group written several ways gets the first row's spelling, in fix and export alike", () => {
    const list = rowsOf(ok("a@x.com", { group: "apac" }), ok("b@x.com", { group: " APAC " }), ok("c@x.com", { group: "Apac" }));
    expect(fixAll(list, resolveTeam(), 2).rows.map((r) => r.group)).toEqual(["apac", "apac", "apac"]);
    const plan = planExport(list, validateSheet(list, resolveTeam()), { skipInvalid: false, firstRow: 2 });
    expect(plan.ok && plan.rows.map((r) => r.group)).toEqual(["apac", "apac", "apac"]);
  });

  test("a fix that reveals another is followed: a cleaned address makes its row the group's first", () => {
    // Row 2 has an error until its address is cleaned; then it is the first row of the group,
    // so row 3 takes its spelling. One round would leave row 3 as "apac".
    const list = rowsOf(ok("Ann <ann@x.com>", { group: "APAC" }), ok("bo@x.com", { group: "apac" }));
    const result = fixAll(list, resolveTeam(), 2);
    expect(result.rows).toEqual(rowsOf(ok("ann@x.com", { group: "APAC" }), ok("bo@x.com", { group: "APAC" })));
    expect(result.cells).toBe(2);
    expect(result.findings).toEqual([]);
  });

  test("rows the reader flagged (values past the header) are left exactly as read", () => {
    const list = rowsOf(ok(" a@x.com ", { displayName: " Lee" }), ok(" b@x.com "));
    const flagged = {
      row: 2,
      column: null,
      code: "extra-values" as const,
      severity: "error" as const,
      message: "This row has 3 values but the header has 2 columns.",
    };
    const result = fixAll(list, resolveTeam(), 2, { readFindings: [flagged] });
    expect(result.rows).toEqual(rowsOf(ok(" a@x.com ", { displayName: " Lee" }), ok("b@x.com")));
    expect(result.findings).toEqual([flagged]);
  });
});
