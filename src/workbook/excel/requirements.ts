// Requirement sets above the manifest's minimum (ExcelApi 1.9) that the add-in uses where the host
// has them, each with a fallback. Office.context.requirements.isSetSupported:
// https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime
// Outside Office (tests, the workbench without a shim) there is no `Office`: the simulator is
// taken to support everything it implements.

export type Requirement = { set: string; version: string; what: string };

export const REQUIREMENTS = {
  /** Worksheet.onSelectionChanged (re-check the cells a web dropdown pick left; else Re-check). */
  selectionEvents: { set: "ExcelApi", version: "1.7", what: "selection events" },
  /** WorksheetChangedEventArgs.triggerSource (else own writes are told apart by address alone). */
  triggerSource: { set: "ExcelApi", version: "1.14", what: "who made a change" },
  /** Table.resize (Include the rows below the list; else the pane says how to resize by hand). */
  tableResize: { set: "ExcelApi", version: "1.13", what: "resizing a table" },
} as const satisfies Record<string, Requirement>;

type OfficeLike = { context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } } };

export function hostSupports(requirement: Requirement): boolean {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return check ? check.call(office?.context?.requirements, requirement.set, requirement.version) : true;
}
