// The workbook model: sheets in tab order, tables, validation rules, styles, selection, and the
// log of data changes that the event hub turns into onChanged events.
import { Rect } from "./address";
import type { RangeEntity } from "./range-entity";
import { errors } from "./errors";
import { SheetModel, Visibility } from "./sheet";
import { StyleTable } from "./styles";
import { TableModel } from "./table-model";
import { RuleTable } from "./validation";
import { CellValue } from "./values";

export type ChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";

export interface ChangeRecord {
  sheet: SheetModel;
  rect: Rect;
  changeType: ChangeType;
  /** Before/after values, for single-cell edits (ChangedEventDetail). */
  before?: CellValue | undefined;
  after?: CellValue | undefined;
  single?: boolean;
  /** Which way cells moved, for CellInserted / CellDeleted (ChangeDirectionState). */
  direction?: { insertShiftDirection: "Down" | "Right" } | { deleteShiftDirection: "Up" | "Left" };
}

const INVALID_NAME = /[\\/?*[\]:]/;

function guid(prefix: number, n: number): string {
  const hex = n.toString(16).toUpperCase().padStart(12, "0");
  return `{${prefix.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-${hex}}`;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly rules = new RuleTable();
  readonly styles = new StyleTable();
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect };
  /** Ranges that runs have resolved and still hold: inserts and deletes move them (see live-ranges.ts). */
  readonly liveRanges = new Set<RangeEntity>();
  private changes: ChangeRecord[] = [];
  private nextSheet = 0;
  private nextTable = 0;

  constructor(firstSheet = "Sheet1") {
    this.activeSheet = this.addSheet(firstSheet);
    this.selection = { sheet: this.activeSheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  record(change: ChangeRecord): void {
    this.changes.push(change);
  }

  takeChanges(): ChangeRecord[] {
    const out = this.changes;
    this.changes = [];
    return out;
  }

  findSheet(key: string): SheetModel | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  sheet(key: string, location: string): SheetModel {
    const found = this.findSheet(key);
    if (!found) throw errors.itemNotFound(location);
    return found;
  }

  private defaultSheetName(): string {
    for (let i = this.sheets.length + 1; ; i++) if (!this.findSheet(`Sheet${i}`)) return `Sheet${i}`;
  }

  checkSheetName(name: string, location: string, self?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw errors.invalidArgument(location, `The sheet name '${name}' is not valid.`);
    }
    const other = this.findSheet(name);
    if (other && other !== self) throw errors.itemAlreadyExists(location);
  }

  addSheet(name?: string): SheetModel {
    const finalName = name ?? this.defaultSheetName();
    this.checkSheetName(finalName, "WorksheetCollection.add");
    const sheet = new SheetModel(guid(0, ++this.nextSheet), finalName);
    this.sheets.push(sheet);
    return sheet;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  /**
   * Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation
   * will fail with an `InvalidOperation` exception" (@types/office-js); the last visible sheet stays.
   */
  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "VeryHidden") {
      throw errors.invalidOperation("Worksheet.delete", "A very hidden worksheet can't be deleted: make it Hidden or Visible first.");
    }
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw errors.invalidOperation("Worksheet.delete", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (const t of this.tables.filter((x) => x.sheet === sheet)) this.removeTable(t);
    if (this.activeSheet === sheet) this.activate(this.visibleSheets()[0] ?? this.sheets[0] ?? sheet);
  }

  setVisibility(sheet: SheetModel, v: Visibility): void {
    if (v !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw errors.invalidOperation("Worksheet.visibility", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = v;
    if (v !== "Visible" && this.activeSheet === sheet) this.activate(this.visibleSheets()[0] ?? sheet);
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") {
      throw errors.invalidOperation("Worksheet.activate", "A hidden worksheet can't be activated.");
    }
    this.activeSheet = sheet;
    this.selection = { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
  }

  move(sheet: SheetModel, position: number): void {
    if (position < 0 || position >= this.sheets.length) throw errors.invalidArgument("Worksheet.position");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  newTableId(): string {
    return String(++this.nextTable);
  }

  findTable(key: string): TableModel | undefined {
    const lower = key.toLowerCase();
    return this.tables.find((t) => t.id === key || t.name.toLowerCase() === lower);
  }

  defaultTableName(): string {
    for (let i = 1; ; i++) if (!this.findTable(`Table${i}`)) return `Table${i}`;
  }

  removeTable(t: TableModel): void {
    const i = this.tables.indexOf(t);
    if (i >= 0) this.tables.splice(i, 1);
    t.deleted = true;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }
}

/** Moves the selection (activating its sheet); true when it changed. */
export function moveSelection(wb: WorkbookModel, sheet: SheetModel, rect: Rect): boolean {
  const { sheet: was, rect: old } = wb.selection;
  wb.activate(sheet);
  wb.selection = { sheet, rect };
  return was !== sheet || old.r0 !== rect.r0 || old.c0 !== rect.c0 || old.r1 !== rect.r1 || old.c1 !== rect.c1;
}
