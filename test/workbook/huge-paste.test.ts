// More rows than a function call takes arguments (about 120,000 in V8): a paste of 200,000 people
// into a live sheet is checked whole, as a check from scratch counts it, on both hosts. (In the
// integration project: it takes seconds, too long for the unit loop.)
import { countFindings, sampleSheet } from "../../src/invites";
import { startLiveValidation } from "../../src/workbook";
import { expectSheetMatchesRules, grid, setUp, tableRows } from "./helpers";

jest.setTimeout(120_000);

test.each(["web", "desktop"] as const)(
  "on %s: 200,000 rows pasted into the sheet are all checked, marked and counted as a check from scratch does",
  async (host) => {
    const excel = await setUp({ host });
    const errors: unknown[] = [];
    const live = await startLiveValidation(excel.run, { onError: (e) => errors.push(e) });
    const rows = sampleSheet(200_000, 300).rows;
    excel.user.paste("Invites!A2", grid(rows));
    await excel.settle();
    expect(errors.map(String)).toEqual([]);
    // Every fill and Status as a check from scratch of what the sheet holds, and the same counts.
    const findings = expectSheetMatchesRules(excel);
    const expected = countFindings(tableRows(excel).rows, findings);
    expect(expected.rows).toBe(rows.length);
    const summary = live.summary();
    expect({ rows: summary.rows, errors: summary.errors, warnings: summary.warnings, rowsWithErrors: summary.rowsWithErrors }).toEqual(
      expected,
    );
    expect(expected.errors).toBeGreaterThan(0);
    await live.stop();
  },
);
