// The Status cell's text: what the workbook writes after a submit and reads back on the next run.
import {
  formatRowStatus,
  isInvitedStatus,
  isUnconfirmedStatus,
  parseRowStatus,
  UNCONFIRMED_REASON,
  type RowStatus,
} from "../../src/invites/row-status";

test("each result has one spelling, and reads back as itself", () => {
  const statuses: RowStatus[] = [
    { kind: "invited" },
    { kind: "failed", reason: "No seats left for Access." },
    { kind: "skipped", reason: '"ann@example" is missing the end of the domain.' },
  ];
  expect(statuses.map(formatRowStatus)).toEqual([
    "Invited",
    "Failed: No seats left for Access.",
    'Skipped: "ann@example" is missing the end of the domain.',
  ]);
  for (const status of statuses) expect(parseRowStatus(formatRowStatus(status))).toEqual(status);
});

test("a reason with line breaks becomes one line, so the cell stays one line", () => {
  expect(formatRowStatus({ kind: "failed", reason: "first\r\nsecond\t third" })).toBe("Failed: first second third");
});

test("anything else in the Status cell is not a submit result", () => {
  for (const text of ["", "  ", "invited?", "Failed:", "Skipped:  ", "Missing Splashtop account", undefined, null]) {
    expect(parseRowStatus(text)).toBeNull();
  }
  expect(parseRowStatus("  Invited  ")).toEqual({ kind: "invited" });
});

test("a re-run can tell done rows and rows whose outcome is unknown", () => {
  expect(isInvitedStatus("Invited")).toBe(true);
  expect(isInvitedStatus("Failed: x")).toBe(false);
  expect(isUnconfirmedStatus(formatRowStatus({ kind: "failed", reason: UNCONFIRMED_REASON }))).toBe(true);
  expect(isUnconfirmedStatus("Failed: No seats left.")).toBe(false);
});
