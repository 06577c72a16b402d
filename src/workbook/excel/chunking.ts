// Keeping every request under Excel on the web's payload limit: "Excel on the web has a payload
// size limit for requests and responses of 5 MB"
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// Reads go in row chunks sized for ordinary text (about 1 MB) and halve when a response is still
// too large; writes are grouped under a byte budget measured the way Office.js serialises them.

/** Rows per read: 6 columns of ordinary text is about 200 bytes a row, so 1 MB a chunk. */
export const READ_CHUNK_ROWS = 5_000;

/** Bytes one sync may carry (request), leaving a margin under the 5 MB limit. */
const WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Office.js splits a `values` or `numberFormat` write of more than 1,500 cells into row chunks, one
 * request (and one change event) each (`setRangePropertiesInBulk`, maxCellCount = 1500, in
 * node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js). The validator keeps each of its
 * Status writes within this, so every write it makes raises exactly one event at the address written.
 */
export const MAX_CELLS_PER_WRITE = 1_500;

/** A cautious ceiling for one RangeAreas address; Excel's reference length limit is 8,192 characters. */
export const MAX_AREAS_ADDRESS_CHARS = 8_000;

/** JSON size of a cell value, as the request carries it. */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") return value.length + 2 + escapes(value);
  if (value === null || value === undefined) return 4;
  return String(value).length;
}

function escapes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32) n++;
  }
  return n;
}

/** One queued operation on the invite sheet and its estimated request size. */
export interface WriteOp {
  /** What it writes to, for messages and own-write recognition. */
  address?: string;
  bytes: number;
  queue(sheet: Excel.Worksheet): void;
}

/** Office.js's per-action overhead (object path, method name), as the simulator charges it. */
export const ACTION_BYTES = 60;

/** Queues `ops` in order, one sync per batch under the byte budget. Returns the syncs made. */
export async function writeInBatches(context: Excel.RequestContext, sheetName: string, ops: readonly WriteOp[]): Promise<number> {
  let syncs = 0;
  for (const batch of batchByBytes(ops)) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const op of batch) op.queue(sheet);
    await context.sync();
    syncs++;
  }
  return syncs;
}

/** Splits ops, in order, into batches whose bytes stay under the budget (one sync each). */
export function batchByBytes<T extends { bytes: number }>(ops: readonly T[], budget = WRITE_BUDGET_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const op of ops) {
    if (current.length > 0 && used + op.bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(op);
    used += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Whether an Office error says a response was over the payload limit (then read less at once). */
function isResponseTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads rows [from, to) in chunks: `read(start, count)` loads and syncs one chunk. A chunk whose
 * response is too large is read again in halves; other errors propagate.
 */
export async function readInChunks<T>(
  from: number,
  to: number,
  read: (start: number, count: number) => Promise<T[]>,
  chunk = READ_CHUNK_ROWS,
): Promise<T[]> {
  const out: T[] = [];
  let size = chunk;
  for (let start = from; start < to;) {
    const count = Math.min(size, to - start);
    try {
      for (const item of await read(start, count)) out.push(item);
      start += count;
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      size = Math.max(1, Math.floor(count / 2));
    }
  }
  return out;
}
