// Checking cells against their list rules, with each rule's item list computed once per check.
import { Rect } from "./address";
import { readText } from "./cells";
import { SheetModel } from "./sheet";
import { isAllowed, listItems, Rule } from "./validation";
import { CellValue, displayText } from "./values";
import { WorkbookModel } from "./workbook";

export class RuleChecker {
  private readonly items = new Map<number, Set<string>>();

  constructor(
    private readonly wb: WorkbookModel,
    private readonly sheet: SheetModel,
  ) {}

  rule(id: number): Rule | undefined {
    return id === 0 ? undefined : this.wb.rules.get(id);
  }

  /** Display texts of a list source range (a missing sheet yields no items). */
  readSource = (sheetName: string | undefined, rect: Rect): string[] => {
    const sheet = sheetName === undefined ? this.sheet : this.wb.findSheet(sheetName);
    if (!sheet) return [];
    const used = sheet.usedRect(true);
    const r1 = Math.min(rect.r1, used?.r1 ?? -1);
    if (r1 < rect.r0) return [];
    return readText(sheet, { ...rect, r1 }, this.wb.styles).flat();
  };

  itemsOf(id: number): Set<string> {
    let set = this.items.get(id);
    if (!set) {
      const rule = this.rule(id);
      set = new Set(rule ? listItems(rule, this.readSource).map((s) => s.toLowerCase()) : []);
      this.items.set(id, set);
    }
    return set;
  }

  allowed(id: number, value: CellValue | undefined): boolean {
    const rule = this.rule(id);
    if (!rule) return true;
    const text = displayText(value, undefined);
    if (text === "") return rule.ignoreBlanks;
    return this.itemsOf(id).has(text.toLowerCase());
  }

  /** Same answer as allowed(), without the cache (for a single user entry). */
  allowedOnce(id: number, value: CellValue | undefined): boolean {
    return isAllowed(this.rule(id), value, this.readSource);
  }

  /** Cells in `rect` whose value breaks their rule. Rows past the data only hold blanks. */
  invalidCells(rect: Rect): Rect[] {
    const out: Rect[] = [];
    const lastRow = Math.min(rect.r1, Math.max(this.sheet.values.rows.length, this.sheet.validation.rows.length));
    for (let r = rect.r0; r <= lastRow; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const id = this.sheet.ruleAt(r, c);
        if (id !== 0 && !this.allowed(id, this.sheet.valueAt(r, c))) out.push({ r0: r, c0: c, r1: r, c1: c });
      }
    }
    if (rect.r1 > lastRow) this.blankTail(rect, lastRow + 1, out);
    return out;
  }

  private blankTail(rect: Rect, from: number, out: Rect[]): void {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const id = this.sheet.colValidation.get(c) ?? 0;
      if (id !== 0 && !this.allowed(id, undefined)) out.push({ r0: from, c0: c, r1: rect.r1, c1: c });
    }
  }

  /** Rule ids used in `rect` (0 = none). */
  ruleIds(rect: Rect): Set<number> {
    const ids = new Set<number>();
    const lastRow = Math.min(rect.r1, Math.max(this.sheet.validation.rows.length, 0));
    for (let r = rect.r0; r <= lastRow; r++) for (let c = rect.c0; c <= rect.c1; c++) ids.add(this.sheet.ruleAt(r, c));
    if (rect.r1 > lastRow) for (let c = rect.c0; c <= rect.c1; c++) ids.add(this.sheet.colValidation.get(c) ?? 0);
    return ids;
  }
}
