// Requirement sets: which API versions a simulated host offers, answered the way Office answers
// `Office.context.requirements.isSetSupported(name, minVersion)`, and the ApiNotFound error Office.js
// throws (on the client, at once) when code touches an API whose set the host lacks.
// - isSetSupported: `RequirementMatrix._isSetSupported` in node_modules/@microsoft/office-js/dist/
//   excel-web-16.00.debug.js: names are case-insensitive, a missing version means any version,
//   versions compare as major.minor numbers (so the number 1.10 is read as "1.1").
// - ApiNotFound: `CommonUtility.throwIfApiNotSupported` (same file), message L_ApiNotFoundDetails in
//   dist/en-us/office_strings.debug.js; the check is on in every Excel build (`_doApiNotSupportedCheck = true`).
// - Sets per API: the `[Api set: ...]` remarks of @types/office-js and the runtime's own
//   `_throwIfApiNotSupported("Worksheet.getRanges", "ExcelApi", "1.9", ...)` calls.
// Which versions a real host reports depends on its build; the defaults below are a current host
// (ExcelApi 1.20; ExcelApiOnline only on the web, where `deleteRowsAt` lives) and every test that
// needs an older host says so with `requirementSets`.
import { SimError } from "./errors";

export type HostKind = "web" | "desktop";

/** Set name -> highest version the host offers ("1.9"); null removes a set from the defaults. */
export type RequirementSets = Record<string, string | null>;

const COMMON: RequirementSets = { ExcelApi: "1.20", DelayForCellEdit: "1.1" };

const DEFAULT_REQUIREMENT_SETS: Record<HostKind, RequirementSets> = {
  web: { ...COMMON, ExcelApiOnline: "1.1" },
  desktop: { ...COMMON },
};

/** The `[Api set: ...]` of each simulated API that is newer than ExcelApi 1.1 (or host-specific). */
const API_SETS = {
  "Worksheet.getRanges": ["ExcelApi", "1.9"],
  "Worksheet.getRangeByIndexes": ["ExcelApi", "1.7"],
  "Worksheet.getUsedRangeOrNullObject": ["ExcelApi", "1.4"],
  "Worksheet.freezePanes": ["ExcelApi", "1.7"],
  "Worksheet.onChanged": ["ExcelApi", "1.7"],
  "Worksheet.onSelectionChanged": ["ExcelApi", "1.7"],
  "WorksheetCollection.getItemOrNullObject": ["ExcelApi", "1.4"],
  "WorksheetCollection.onChanged": ["ExcelApi", "1.9"],
  "WorksheetCollection.onSelectionChanged": ["ExcelApi", "1.9"],
  "Range.dataValidation": ["ExcelApi", "1.8"],
  "Range.getIntersectionOrNullObject": ["ExcelApi", "1.4"],
  "Range.getUsedRangeOrNullObject": ["ExcelApi", "1.4"],
  "Range.getResizedRange": ["ExcelApi", "1.2"],
  "Range.getRowsAbove": ["ExcelApi", "1.2"],
  "Range.getRowsBelow": ["ExcelApi", "1.2"],
  "Range.getColumnsBefore": ["ExcelApi", "1.2"],
  "Range.getColumnsAfter": ["ExcelApi", "1.2"],
  "TableCollection.getItemOrNullObject": ["ExcelApi", "1.4"],
  "TableColumnCollection.getItemOrNullObject": ["ExcelApi", "1.4"],
  "Table.onChanged": ["ExcelApi", "1.7"],
  "Table.onSelectionChanged": ["ExcelApi", "1.7"],
  "TableRowCollection.deleteRowsAt": ["ExcelApiOnline", "1.1"],
  "RequestContext.runtime": ["ExcelApi", "1.5"],
  "Runtime.enableEvents": ["ExcelApi", "1.8"],
  "WorksheetChangedEventArgs.details": ["ExcelApi", "1.9"],
  "WorksheetChangedEventArgs.triggerSource": ["ExcelApi", "1.14"],
  "WorksheetChangedEventArgs.changeDirectionState": ["ExcelApi", "1.14"],
} as const satisfies Record<string, readonly [set: string, version: string]>;

export type GatedApi = keyof typeof API_SETS;

interface Version {
  major: number;
  minor: number;
}

/** `_getVersion`: "1.9" -> 1/9, 2 -> 2/0; anything else is not a version. */
function parseVersion(v: string | number): Version | undefined {
  const text = String(v);
  const parts = text.split(".");
  if (parts.length < 2 && Number.isNaN(Number(text))) return undefined;
  const major = Number(parts[0]);
  const minor = parts.length >= 2 ? Number(parts[1]) : 0;
  return Number.isNaN(major) || Number.isNaN(minor) ? undefined : { major, minor };
}

export function resolveSets(host: HostKind, overrides: RequirementSets = {}): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, version] of Object.entries({ ...DEFAULT_REQUIREMENT_SETS[host], ...overrides })) {
    if (version !== null) out.set(name.toLowerCase(), version);
  }
  return out;
}

/** Office's answer to isSetSupported(name, minVersion) for a host offering `sets`. */
export function isSetSupported(sets: ReadonlyMap<string, string>, name: string | undefined, minVersion?: string | number): boolean {
  if (name === undefined || name === null) return false;
  const max = sets.get(String(name).toLowerCase());
  if (max === undefined) return false;
  const have = parseVersion(max);
  const want = parseVersion(minVersion ?? 0);
  if (!have || !want || have.major <= 0) return false;
  return have.major > want.major || (have.major === want.major && have.minor >= want.minor);
}

function apiNotFound(api: string, set: string, version: string): SimError {
  return new SimError(
    "ApiNotFound",
    `The method or property ${api} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
    api,
  );
}

/** Throws ApiNotFound, as Office.js does before queuing anything, when the host lacks `api`'s set. */
export function requireApi(sets: ReadonlyMap<string, string>, api: GatedApi): void {
  const [set, version] = API_SETS[api];
  if (!hasApi(sets, api)) throw apiNotFound(api, set, version);
}

/** Whether an optional part of the API (an event-args property) exists on this host. */
export function hasApi(sets: ReadonlyMap<string, string>, api: GatedApi): boolean {
  const need = API_SETS[api];
  return isSetSupported(sets, need[0], need[1]);
}
