// One sender per workbook: before a submit, a pane takes a lease kept in the workbook (a cell on the
// hidden lists sheet), refreshes it while it sends, and gives it back at the end. A second pane on
// the same workbook (another window, or a colleague in Excel on the web) finds it taken and says so
// instead of sending the same rows. A crashed pane's lease runs out on its own. Excel has no
// compare-and-set, so a taker writes, waits for a moment, and reads again: of two panes that
// wrote at once, the one whose write came last holds it, and the other backs off.
import * as z from "zod/mini";
import { cellText } from "../excel/cell-text";
import { excelJob } from "../excel/serialize";
import type { RunExcel } from "../excel/run-excel";
import { orCreated } from "../setup/lists-sheet";
import { LISTS_SHEET_NAME } from "../table/sheet-layout";

const LEASE_CELL = "K1";
/** How long a lease holds without being refreshed. */
const LEASE_MS = 60_000;

const LeaseSchema = z.object({ owner: z.string(), until: z.number(), label: z.string() });
export type Lease = z.infer<typeof LeaseSchema>;

export type LeaseClock = { now(): number; sleep(ms: number): Promise<void> };
const realClock: LeaseClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export type LeaseOutcome = { ok: true } | { ok: false; heldBy: Lease };

function parseLease(value: unknown): Lease | null {
  try {
    const parsed = LeaseSchema.safeParse(JSON.parse(cellText(value) || "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON: nobody holds it
  }
}

/** The lease, and the lists sheet as found (a null object when missing), in one sync. */
async function readLease(context: Excel.RequestContext): Promise<{ held: Lease | null; found: Excel.Worksheet }> {
  const found = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET_NAME);
  const cell = found.getRange(LEASE_CELL).load("values");
  await context.sync();
  return { held: found.isNullObject ? null : parseLease(cell.values[0]?.[0]), found };
}

async function writeLease(context: Excel.RequestContext, found: Excel.Worksheet, lease: Lease | null): Promise<void> {
  const cell = orCreated(context, found).getRange(LEASE_CELL);
  cell.numberFormat = [["@"]];
  cell.values = [[lease ? JSON.stringify(lease) : ""]];
  await context.sync();
}

/** Takes the lease for `owner` unless another live pane holds it. */
export async function acquireLease(
  run: RunExcel,
  owner: string,
  label: string,
  clock: LeaseClock = realClock,
  settleMs = 400,
): Promise<LeaseOutcome> {
  const first = await excelJob(run, async (context): Promise<LeaseOutcome> => {
    const { held, found } = await readLease(context);
    if (held && held.owner !== owner && held.until > clock.now()) return { ok: false, heldBy: held };
    await writeLease(context, found, { owner, until: clock.now() + LEASE_MS, label });
    return { ok: true };
  });
  if (!first.ok) return first;
  await clock.sleep(settleMs);
  const { held } = await excelJob(run, readLease);
  return held?.owner === owner ? { ok: true } : { ok: false, heldBy: held ?? { owner: "", until: 0, label: "another pane" } };
}

/** Extends the lease; false when it is no longer ours (it ran out and another pane took it). */
export function renewLease(run: RunExcel, owner: string, label: string, clock: LeaseClock = realClock): Promise<boolean> {
  return excelJob(run, async (context) => {
    const { held, found } = await readLease(context);
    if (held && held.owner !== owner && held.until > clock.now()) return false;
    await writeLease(context, found, { owner, until: clock.now() + LEASE_MS, label });
    return true;
  });
}

export function releaseLease(run: RunExcel, owner: string): Promise<void> {
  return excelJob(run, async (context) => {
    const { held, found } = await readLease(context);
    if (held?.owner === owner) await writeLease(context, found, null);
  });
}
