// What Excel would charge: round trips (syncs), queued actions, and request/response bytes.
// Excel on the web limits request and response payloads to 5 MB:
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// Bytes are estimated as the JSON the request would carry (written values and formats, plus a
// per-action overhead for the object path and method name), and the JSON of loaded values.

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ACTION_OVERHEAD_BYTES = 60;
export const REQUEST_OVERHEAD_BYTES = 200;

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

export interface StatsSnapshot {
  runs: number;
  syncs: number;
  operations: number;
  payloadBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  maxOperationsPerSync: number;
  failedSyncs: number;
  userActions: number;
  eventsDelivered: number;
}

const ZERO: StatsSnapshot = {
  runs: 0,
  syncs: 0,
  operations: 0,
  payloadBytes: 0,
  responseBytes: 0,
  maxRequestBytes: 0,
  maxResponseBytes: 0,
  maxOperationsPerSync: 0,
  failedSyncs: 0,
  userActions: 0,
  eventsDelivered: 0,
};

export class Stats implements StatsSnapshot {
  runs = 0;
  syncs = 0;
  operations = 0;
  payloadBytes = 0;
  responseBytes = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  maxOperationsPerSync = 0;
  failedSyncs = 0;
  userActions = 0;
  eventsDelivered = 0;
  /** One entry per round trip, oldest first (cleared by reset()). */
  history: SyncRecord[] = [];

  recordSync(rec: SyncRecord): void {
    this.syncs++;
    this.operations += rec.operations;
    this.payloadBytes += rec.requestBytes;
    this.responseBytes += rec.responseBytes;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, rec.requestBytes);
    this.maxResponseBytes = Math.max(this.maxResponseBytes, rec.responseBytes);
    this.maxOperationsPerSync = Math.max(this.maxOperationsPerSync, rec.operations);
    if (rec.error) this.failedSyncs++;
    this.history.push(rec);
  }

  snapshot(): StatsSnapshot {
    const out = { ...ZERO };
    for (const key of Object.keys(ZERO) as (keyof StatsSnapshot)[]) out[key] = this[key];
    return out;
  }

  reset(): void {
    Object.assign(this, ZERO);
    this.history = [];
  }
}

/** JSON length of a value; 2D arrays of cells are measured without building the string. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  if (Array.isArray(value) && Array.isArray(value[0])) return gridBytes(value as unknown[][]);
  return JSON.stringify(value)?.length ?? 0;
}

function cellBytes(v: unknown): number {
  switch (typeof v) {
    case "string":
      return v.length + 2;
    case "number":
      return String(v).length;
    case "boolean":
      return v ? 4 : 5;
    default:
      return v === null || v === undefined ? 4 : JSON.stringify(v).length;
  }
}

function gridBytes(grid: unknown[][]): number {
  let n = 2 + Math.max(0, grid.length - 1);
  for (const row of grid) {
    if (!Array.isArray(row)) return JSON.stringify(grid).length;
    n += 2 + Math.max(0, row.length - 1);
    for (const v of row) n += cellBytes(v);
  }
  return n;
}
