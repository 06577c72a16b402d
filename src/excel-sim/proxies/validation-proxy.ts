// Range.dataValidation. https://learn.microsoft.com/javascript/api/excel/excel.datavalidation
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
import { colCountOf, Rect, rowCountOf } from "../address";
import type { SimContext } from "../context";
import { RuleChecker } from "../dv-check";
import { errors } from "../errors";
import { ClientProxy, Resolver, Schema } from "../proxy";
import { AreasEntity } from "../range-entity";
import { absoluteSource, DEFAULT_ALERT, ErrorAlert, makeRule, normalizeListSource, Rule, ruleToApi } from "../validation";
import { RangeAreasProxy } from "./areas-proxy";
import { RangeProxy } from "./range-proxy";

const area = (r: Rect) => rowCountOf(r) * colCountOf(r);

type ApiRule = { list?: { inCellDropDown?: boolean; source: string | RangeProxy } };

export class DataValidationProxy extends ClientProxy<AreasEntity> {
  constructor(ctx: SimContext, resolver: Resolver<AreasEntity>, path: string) {
    super(ctx, resolver, path);
  }

  protected schema(): Schema<AreasEntity> {
    return {
      type: "DataValidation",
      scalars: {
        type: (e) => this.typeOf(e),
        rule: (e) => ruleToApi(this.single(e)),
        valid: (e) => this.validity(e),
        ignoreBlanks: (e) => this.single(e)?.ignoreBlanks ?? true,
        errorAlert: (e) => this.single(e)?.errorAlert ?? DEFAULT_ALERT,
        prompt: (e) => this.single(e)?.prompt ?? { showPrompt: false, title: "", message: "" },
      },
    };
  }

  /**
   * "Returns `true` if all cell values are valid, or `false` if all cell values are invalid. Returns
   * `null` if there are both valid and invalid cell values within the range." (DataValidation.valid)
   */
  private validity(e: AreasEntity): boolean | null {
    const checker = this.checker(e);
    let cells = 0;
    let invalid = 0;
    for (const rect of e.rects) {
      cells += area(rect);
      for (const bad of checker.invalidCells(rect)) invalid += area(bad);
    }
    if (invalid === 0) return true;
    return invalid === cells ? false : null;
  }

  private checker(e: AreasEntity): RuleChecker {
    return new RuleChecker(this.ctx.host.wb, e.sheet);
  }

  private ids(e: AreasEntity): Set<number> {
    const checker = this.checker(e);
    const ids = new Set<number>();
    for (const rect of e.rects) for (const id of checker.ruleIds(rect)) ids.add(id);
    return ids;
  }

  private single(e: AreasEntity): Rule | undefined {
    const ids = [...this.ids(e)];
    return ids.length === 1 && ids[0] ? this.ctx.host.wb.rules.get(ids[0]) : undefined;
  }

  private typeOf(e: AreasEntity): string {
    const ids = this.ids(e);
    if (ids.size > 1) return "Inconsistent";
    return ids.has(0) ? "None" : "List";
  }

  get type(): string {
    return this.prop("type");
  }
  get valid(): boolean {
    return this.prop("valid");
  }
  get rule(): Excel.DataValidationRule {
    return this.prop("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    const rule = v as ApiRule;
    if (!rule.list) throw errors.notImplemented("DataValidation.rule (only list rules are simulated)");
    const list = rule.list;
    this.setProp("rule", v, (e) => {
      this.requireConsistent(e);
      this.apply(e, (base) => makeRule({ inCellDropDown: list.inCellDropDown ?? true, source: this.source(list.source) }, base));
    });
  }

  /**
   * A rule cannot be set over cells whose validation differs (some cells with a rule, some without,
   * or different rules): InvalidArgument (office-js#2594; Office's samples clear() first).
   */
  private requireConsistent(e: AreasEntity): void {
    if (this.ids(e).size > 1) {
      throw errors.invalidArgument(
        "DataValidation.rule",
        "The range's cells have different data validation: clear() it before setting a rule.",
      );
    }
  }

  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.setProp("ignoreBlanks", v, (e) => this.apply(e, (base) => (base ? { ...base, ignoreBlanks: v } : undefined)));
  }

  get errorAlert(): ErrorAlert {
    return this.prop("errorAlert");
  }
  set errorAlert(v: Partial<ErrorAlert>) {
    this.setProp("errorAlert", v, (e) =>
      this.apply(e, (base) => (base ? { ...base, errorAlert: { ...base.errorAlert, ...v } } : undefined)),
    );
  }

  private source(src: string | RangeProxy): string {
    const location = "DataValidation.rule";
    if (typeof src === "string") return normalizeListSource(src, location);
    const range = src.resolve();
    if (range === null) throw errors.invalidArgument(location);
    return absoluteSource(range.sheet.name, range.rect);
  }

  /** Replaces each distinct rule in the areas with `next(rule)` (undefined leaves cells alone). */
  private apply(e: AreasEntity, next: (base: Rule | undefined) => Rule | undefined): void {
    const wb = this.ctx.host.wb;
    const checker = this.checker(e);
    for (const rect of e.rects) {
      const ids = [...checker.ruleIds(rect)];
      const base = ids.length === 1 ? checker.rule(ids[0] ?? 0) : undefined;
      const rule = next(base);
      if (rule) e.sheet.setRule(rect, wb.rules.add(rule));
    }
  }

  clear(): void {
    this.call("clear", [], (e) => {
      for (const rect of e.rects) e.sheet.setRule(rect, 0);
    });
  }

  getInvalidCellsOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => this.invalid(), `${this.path}.getInvalidCellsOrNullObject`).queueOrNull();
  }

  getInvalidCells(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const out = this.invalid();
        if (out === null) throw errors.itemNotFound("DataValidation.getInvalidCells");
        return out;
      },
      `${this.path}.getInvalidCells`,
    );
  }

  private invalid(): AreasEntity | null {
    const e = this.resolve();
    if (e === null) return null;
    const rects = e.rects.flatMap((r) => this.checker(e).invalidCells(r));
    return rects.length === 0 ? null : { sheet: e.sheet, rects };
  }
}
