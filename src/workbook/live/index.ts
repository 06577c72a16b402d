// Live validation: how a typed cell reaches its fill and Status.
//
//   1. Excel raises onChanged for the edit            live-validation.ts  onChanged
//      (our own Status writes are recognised and      own-writes.ts       claim
//      dropped here; a pick on the web raises none,
//      so leaving the cell re-reads it: onSelectionChanged)
//   2. the change is queued; one round takes every    live-validation.ts  enqueue, drain
//      change that arrived meanwhile                  batch-plan.ts       (pure)
//   3. each change is classified against the table's  classify-change.ts  (pure)
//      last known place: ignore, cells, insert,
//      remove, moved, below, or full
//   4. sync 1 reads the changed rows with the table's live-validation.ts  cellsChanged
//      extent (Excel may have grown it into them);
//      rows still under it are "outside"              outside-rows.ts
//   5. the view re-checks those rows: their own rules sheet-view.ts       setCells
//      and, through the order-statistics indexes of   ../../invites/live  (pure)
//      the live sheet, the rows whose duplicates,
//      groups or seats changed because of them
//   6. the view diffs what each touched row should    sheet-view.ts       diff
//      show (Status text, fills; a submit result by   result-text.ts      (pure)
//      its person's record) against what it shows,
//      and the plan turns that into writes            write-plan.ts       (pure)
//   7. sync 2 writes them; the view commits           live-validation.ts  writeChanges
//
// A full check (start, Re-check, anything that cannot be followed row by row) reads every row,
// the submit records and the rows below the table, clears the body's fills and repaints what is
// found. A pick from a dropdown on the web raises no event: leaving the cell re-reads it
// (selection-recheck.ts).
export {
  startLiveValidation,
  type LiveValidation,
  type LiveValidationCounters,
  type LiveValidationOptions,
  type SummaryCause,
} from "./live-validation";
export type { OutsideRowsSummary, SheetSnapshot, SheetSummary } from "./snapshot";
export { ERROR_FILL, WARNING_FILL } from "./fills";
export { statusText } from "./status-text";
