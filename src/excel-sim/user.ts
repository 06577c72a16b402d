// What a person does in the grid, and what they see. Changes apply immediately and raise onChanged
// with triggerSource "Unknown" (anything that is not this add-in's own API call):
// https://learn.microsoft.com/javascript/api/excel/excel.eventtriggersource
// Typing is a cell edit: beginEdit puts Excel in cell-edit mode (add-in requests fail or wait, see
// edit-mode.ts) until endEdit (Enter) or cancelEdit (Esc); type() is both at once. While a cell is
// being edited, the other user actions are refused: in Excel they end the edit first.
import { formatAddress, parseRef, Rect } from "./address";
import { expandAfterPaste, expandAfterTyping } from "./auto-expand";
import { readFormulas, readValues, writeCell, writeValues } from "./cells";
import { RuleChecker } from "./dv-check";
import { EditMode } from "./edit-mode";
import { errors } from "./errors";
import { EventHub } from "./events";
import { recordEdit } from "./range-writes";
import { SheetModel } from "./sheet";
import { Stats } from "./accounting";
import { deleteRows, insertRows } from "./structure";
import { headerNames } from "./tables";
import { sortRows, SortOptions } from "./sort";
import { ALERT_MESSAGE, AlertStyle, listItems } from "./validation";
import { CellValue, displayText, parseInput } from "./values";
import { moveSelection, WorkbookModel } from "./workbook";

export interface EditResult {
  accepted: boolean;
  /** Set when Excel would show its data validation alert. */
  alert?: { style: AlertStyle; title: string; message: string };
}

export interface CellValidation {
  type: "List";
  source: string;
  items: string[];
  inCellDropDown: boolean;
  /** Whether the cell's current value satisfies the rule. */
  valid: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  rowCount: number;
}

export interface UserOptions {
  dropdownPickFiresOnChanged: boolean;
}

export class UserApi {
  constructor(
    private readonly wb: WorkbookModel,
    private readonly hub: EventHub,
    private readonly stats: Stats,
    private readonly editMode: EditMode,
    private readonly options: UserOptions,
  ) {}

  private notEditing(action: string): void {
    const cell = this.editing;
    if (cell) throw new Error(`excel-sim: ${action} while ${cell} is being edited (endEdit or cancelEdit first)`);
  }

  private locate(address: string): { sheet: SheetModel; rect: Rect } {
    const ref = parseRef(address);
    if (!ref) throw errors.invalidArgument("user", `'${address}' is not an address.`);
    const sheet = ref.sheet === undefined ? this.wb.activeSheet : this.wb.sheet(ref.sheet, `user(${address})`);
    return { sheet, rect: { r0: ref.r0, c0: ref.c0, r1: ref.r1, c1: ref.c1 } };
  }

  private cell(address: string): { sheet: SheetModel; r: number; c: number } {
    const { sheet, rect } = this.locate(address);
    return { sheet, r: rect.r0, c: rect.c0 };
  }

  private finish(fire = true): void {
    this.stats.userActions++;
    const changes = this.wb.takeChanges();
    if (fire) this.hub.dispatch(this.wb, changes, "Unknown");
  }

  /**
   * Types `text` into a cell and presses Enter. A list-validated cell rejects a value outside the
   * list (Stop alert): "This value doesn't match the data validation restrictions defined for this cell."
   * A rejected entry is then cancelled (the alert's Cancel button).
   */
  type(address: string, text: string): EditResult {
    this.beginEdit(address);
    const result = this.endEdit(text);
    if (!result.accepted) this.cancelEdit();
    return result;
  }

  /** Starts editing a cell (F2, a double-click, or the first key typed): Excel is in cell-edit mode. */
  beginEdit(address: string): void {
    this.notEditing("beginEdit");
    const { sheet, r, c } = this.cell(address);
    this.editMode.begin({ sheet, r, c });
  }

  /** The cell being edited ("Sheet1!B2"), if any. */
  get editing(): string | undefined {
    const cell = this.editMode.cell;
    return cell ? formatAddress(cell.sheet.name, { r0: cell.r, c0: cell.c, r1: cell.r, c1: cell.c }) : undefined;
  }

  /** Esc: leaves edit mode without changing the cell. */
  cancelEdit(): void {
    this.editMode.end();
  }

  /**
   * Enter: commits `text` to the cell being edited and leaves edit mode. A Stop alert keeps the cell
   * in edit mode (Excel's Retry); call cancelEdit for its Cancel.
   */
  endEdit(text: string): EditResult {
    const cell = this.editMode.cell;
    if (!cell) throw new Error("excel-sim: endEdit without beginEdit");
    const { sheet, r, c } = cell;
    const ruleId = sheet.ruleAt(r, c);
    const rule = this.wb.rules.get(ruleId);
    const entered = parseInput(text, this.wb.styles.get(sheet.styleAt(r, c)).numberFormat).value;
    let alert: EditResult["alert"];
    if (rule && rule.errorAlert.showAlert && !new RuleChecker(this.wb, sheet).allowedOnce(ruleId, entered)) {
      const { style, title, message } = rule.errorAlert;
      alert = { style, title: title || "Microsoft Excel", message: message || ALERT_MESSAGE };
      if (style === "Stop") return { accepted: false, alert };
    }
    const before = sheet.valueAt(r, c);
    writeCell(sheet, r, c, text, this.wb.styles);
    if (sheet.valueAt(r, c) !== undefined) expandAfterTyping(this.wb, sheet, r, c);
    recordEdit(this.wb, sheet, { r0: r, c0: c, r1: r, c1: c }, before);
    this.editMode.end();
    this.finish();
    return alert ? { accepted: true, alert } : { accepted: true };
  }

  /** Pastes a block of text with its top-left cell at `address`. Paste bypasses data validation. */
  paste(address: string, rows: string[][]): void {
    this.notEditing("paste");
    const { sheet, r, c } = this.cell(address);
    const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
    if (rows.length === 0 || width === 0) return;
    const rect = { r0: r, c0: c, r1: r + rows.length - 1, c1: c + width - 1 };
    writeValues(sheet, rect, (i, j) => rows[i]?.[j] ?? "", this.wb.styles);
    if (rows.some((row) => row.some((v) => v !== ""))) expandAfterPaste(this.wb, sheet, rect);
    recordEdit(this.wb, sheet, rect);
    this.finish();
  }

  /** Picks `value` from the cell's in-cell dropdown (fires onChanged only if the host does). */
  pick(address: string, value: string): void {
    this.notEditing("pick");
    const { sheet, r, c } = this.cell(address);
    const rule = this.wb.rules.get(sheet.ruleAt(r, c));
    if (!rule?.list.inCellDropDown) throw new Error(`excel-sim: ${address} has no in-cell dropdown`);
    const items = listItems(rule, new RuleChecker(this.wb, sheet).readSource);
    if (!items.includes(value)) throw new Error(`excel-sim: '${value}' is not in the dropdown of ${address}`);
    const before = sheet.valueAt(r, c);
    writeCell(sheet, r, c, value, this.wb.styles);
    expandAfterTyping(this.wb, sheet, r, c);
    recordEdit(this.wb, sheet, { r0: r, c0: c, r1: r, c1: c }, before);
    this.finish(this.options.dropdownPickFiresOnChanged);
  }

  /** Selects cells and presses Delete (clears contents, keeps formats and validation). */
  clear(address: string): void {
    this.notEditing("clear");
    const { sheet, rect } = this.locate(address);
    writeValues(sheet, rect, () => "", this.wb.styles);
    recordEdit(this.wb, sheet, rect);
    this.finish();
  }

  /** Sorts the rows of a range, or of a table's data body when `target` is a table name. */
  sort(target: string, options: SortOptions): void {
    this.notEditing("sort");
    const table = this.wb.findTable(target);
    const { sheet, rect } = table ? { sheet: table.sheet, rect: table.bodyRect() } : this.locate(target);
    const body = options.hasHeaders ? { ...rect, r0: rect.r0 + 1 } : rect;
    sortRows(sheet, body, options);
    recordEdit(this.wb, sheet, body);
    this.finish();
  }

  /** Deletes whole sheet rows; `firstRow` is the 1-based row number shown in Excel's row header. */
  deleteRows(sheetName: string, firstRow: number, count = 1): void {
    this.notEditing("deleteRows");
    deleteRows(this.wb, this.wb.sheet(sheetName, "user.deleteRows"), firstRow - 1, count, "user.deleteRows");
    this.finish();
  }

  /** Inserts whole sheet rows above the 1-based row `firstRow`. */
  insertRows(sheetName: string, firstRow: number, count = 1): void {
    this.notEditing("insertRows");
    insertRows(this.wb, this.wb.sheet(sheetName, "user.insertRows"), firstRow - 1, count);
    this.finish();
  }

  /**
   * Selects cells (a click, an arrow key, Enter moving down). A selection that moves raises
   * onSelectionChanged; selecting what is already selected raises nothing (from experience).
   */
  select(address: string): void {
    this.notEditing("select");
    const { sheet, rect } = this.locate(address);
    if (moveSelection(this.wb, sheet, rect)) this.hub.dispatchSelection(this.wb, sheet, rect);
    this.stats.userActions++;
  }

  activate(sheetName: string): void {
    this.notEditing("activate");
    this.wb.activate(this.wb.sheet(sheetName, "user.activate"));
  }

  value(address: string): CellValue | "" {
    const { sheet, r, c } = this.cell(address);
    return sheet.valueAt(r, c) ?? "";
  }

  values(address: string): CellValue[][] {
    const { sheet, rect } = this.locate(address);
    return readValues(sheet, rect);
  }

  text(address: string): string {
    const { sheet, r, c } = this.cell(address);
    return displayText(sheet.valueAt(r, c), this.wb.styles.get(sheet.styleAt(r, c)).numberFormat);
  }

  /** Each cell's formula, else its value (what Range.formulas reads). */
  formulas(address: string): CellValue[][] {
    const { sheet, rect } = this.locate(address);
    return readFormulas(sheet, rect);
  }

  formula(address: string): string | undefined {
    const { sheet, r, c } = this.cell(address);
    return sheet.formulas.get(r, c);
  }

  numberFormat(address: string): string {
    const { sheet, r, c } = this.cell(address);
    return this.wb.styles.get(sheet.styleAt(r, c)).numberFormat;
  }

  /** The cell's fill color ("#RRGGBB"), or undefined when it has no fill. */
  fill(address: string): string | undefined {
    const { sheet, r, c } = this.cell(address);
    return this.wb.styles.get(sheet.styleAt(r, c)).fill;
  }

  bold(address: string): boolean {
    const { sheet, r, c } = this.cell(address);
    return this.wb.styles.get(sheet.styleAt(r, c)).bold;
  }

  validation(address: string): CellValidation | undefined {
    const { sheet, r, c } = this.cell(address);
    const id = sheet.ruleAt(r, c);
    const rule = this.wb.rules.get(id);
    if (!rule) return undefined;
    const checker = new RuleChecker(this.wb, sheet);
    const items = listItems(rule, checker.readSource);
    return {
      type: "List",
      source: rule.list.source,
      items,
      inCellDropDown: rule.list.inCellDropDown,
      valid: checker.allowed(id, sheet.valueAt(r, c)),
    };
  }

  sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.wb.activeSheet.name;
  }

  isHidden(sheetName: string): boolean {
    return this.wb.sheet(sheetName, "user.isHidden").visibility !== "Visible";
  }

  visibility(sheetName: string): SheetModel["visibility"] {
    return this.wb.sheet(sheetName, "user.visibility").visibility;
  }

  frozenRows(sheetName: string): number {
    return this.wb.sheet(sheetName, "user.frozenRows").frozenRows;
  }

  frozenColumns(sheetName: string): number {
    return this.wb.sheet(sheetName, "user.frozenColumns").frozenCols;
  }

  columnWidth(sheetName: string, column: number): number | undefined {
    return this.wb.sheet(sheetName, "user.columnWidth").colWidth.get(column);
  }

  /** Address of the sheet's used range (values only), or undefined for an empty sheet. */
  usedRange(sheetName?: string, valuesOnly = true): string | undefined {
    const sheet = sheetName ? this.wb.sheet(sheetName, "user.usedRange") : this.wb.activeSheet;
    const rect = sheet.usedRect(valuesOnly);
    return rect ? formatAddress(sheet.name, rect) : undefined;
  }

  tables(): TableInfo[] {
    return this.wb.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: formatAddress(t.sheet.name, t.rect),
      headers: headerNames(t),
      rowCount: t.dataRowCount,
    }));
  }

  table(name: string): TableInfo | undefined {
    return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
}
