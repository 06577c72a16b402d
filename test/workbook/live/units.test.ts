// The small pieces of live validation: own-write recognition, Status text, RangeAreas plans.
import { finding, isSubmittedStatus as isSubmitted } from "../../../src/invites";
import { fillOps } from "../../../src/workbook/live/fills";
import { OwnWrites } from "../../../src/workbook/live/own-writes";
import { statusText } from "../../../src/workbook/live/status-text";

test("own writes: one add-in change per expected address is ignored; the user's never", () => {
  let now = 0;
  const own = new OwnWrites(1_000, () => now);
  own.expect("F2");
  own.expect("F2");
  expect(own.claim("F2", "Unknown")).toBe(false);
  expect(own.claim("Invites!F2", "ThisLocalAddin")).toBe(true);
  expect(own.claim("F2", undefined)).toBe(true); // hosts before ExcelApi 1.14: no triggerSource
  expect(own.claim("F2", "ThisLocalAddin")).toBe(false); // a fix or a submit result: validated
  own.expect("F3");
  now = 2_000;
  expect(own.claim("F3", "ThisLocalAddin")).toBe(false); // expired
  expect(own.size).toBe(0);
});

test("Status text: errors first, each says where; submit results are recognised", () => {
  const text = statusText([finding("whitespace", 2, "account", "Spaces.", "x"), finding("unknown-role", 2, "role", "Bad role.")]);
  expect(text).toBe("Error in Role: Bad role. | Warning in Splashtop account: Spaces.");
  expect(statusText([])).toBe("");
  expect(isSubmitted("Invited")).toBe(true);
  expect(isSubmitted("Failed: no seats")).toBe(true);
  expect(isSubmitted(text)).toBe(false);
});

test("paint plan: clears first, then one RangeAreas per colour with vertical runs merged", () => {
  const calls: string[] = [];
  const fill = (address: string) => ({
    clear: () => calls.push(`clear ${address}`),
    set color(c: string) {
      calls.push(`${c} ${address}`);
    },
  });
  const sheet = { getRanges: (address: string) => ({ format: { fill: fill(address) } }) } as unknown as Excel.Worksheet;
  const ops = fillOps(
    [
      { row: 4, col: 0, fill: "error" },
      { row: 5, col: 0, fill: "error" },
      { row: 6, col: 0, fill: "error" },
      { row: 9, col: 2, fill: "warning" },
      { row: 9, col: 1, fill: "none" },
      { row: 20, col: 0, fill: "error" },
    ],
    [{ r0: 1, r1: 3, c0: 5, c1: 5 }],
  );
  for (const op of ops) op.queue(sheet);
  expect(calls).toEqual(["clear F2:F4,B10", "#FFC7CE A5:A7,A21", "#FFEB9C C10"]);
});
