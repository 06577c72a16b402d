// Data validation (list rules). https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// - source is "a comma-separated number, boolean, or date" list or a range (stored as "=Sheet!$A$1:$A$9")
//   https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation
// - A literal list is limited to 255 characters (Excel's formula1 limit for list validation).
// - Typed entries are compared case-insensitively; blanks pass when ignoreBlanks (default true).
// - "Data validation ... does not apply to pasted values": pasting bypasses it (the user API's
//   paste never consults rules, type() and pick() do).
import { formatRect, parseRef, quoteSheetName, Rect } from "./address";
import { errors } from "./errors";
import { displayText, CellValue } from "./values";

export type AlertStyle = "Stop" | "Warning" | "Information";

export interface ErrorAlert {
  showAlert: boolean;
  style: AlertStyle;
  title: string;
  message: string;
}

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ListRule {
  inCellDropDown: boolean;
  source: string;
}

export interface Rule {
  list: ListRule;
  ignoreBlanks: boolean;
  errorAlert: ErrorAlert;
  prompt: Prompt;
}

export const DEFAULT_ALERT: ErrorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT: Prompt = { showPrompt: false, title: "", message: "" };
const LIST_SOURCE_LIMIT = 255;

export const ALERT_MESSAGE = "This value doesn't match the data validation restrictions defined for this cell.";

/** Reads cell display texts of a source range, for list rules that point at a range. */
export type SourceReader = (sheet: string | undefined, rect: Rect) => string[];

export class RuleTable {
  private readonly rules: (Rule | undefined)[] = [undefined];

  get(id: number): Rule | undefined {
    return this.rules[id];
  }

  add(rule: Rule): number {
    this.rules.push(rule);
    return this.rules.length - 1;
  }
}

export function makeRule(list: ListRule, base?: Rule): Rule {
  return {
    list,
    ignoreBlanks: base?.ignoreBlanks ?? true,
    errorAlert: base?.errorAlert ?? DEFAULT_ALERT,
    prompt: base?.prompt ?? DEFAULT_PROMPT,
  };
}

/** Validates and normalises a list source written through the API. */
export function normalizeListSource(source: string, location: string): string {
  if (source.startsWith("=")) {
    const ref = parseRef(source.slice(1));
    if (!ref) throw errors.invalidArgument(location, `The list source '${source}' is not a valid reference.`);
    return source;
  }
  if (source.length > LIST_SOURCE_LIMIT) {
    throw errors.invalidArgument(location, `A list source is limited to ${LIST_SOURCE_LIMIT} characters.`);
  }
  return source;
}

export function absoluteSource(sheet: string, rect: Rect): string {
  const abs = formatRect(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `=${quoteSheetName(sheet)}!${abs}`;
}

export function listItems(rule: Rule, read: SourceReader): string[] {
  const src = rule.list.source;
  if (!src.startsWith("="))
    return src
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  const ref = parseRef(src.slice(1));
  return ref ? read(ref.sheet, ref).filter((s) => s !== "") : [];
}

export function isAllowed(rule: Rule | undefined, value: CellValue | undefined, read: SourceReader): boolean {
  if (!rule) return true;
  const text = displayText(value, undefined);
  if (text === "") return rule.ignoreBlanks;
  const wanted = text.toLowerCase();
  return listItems(rule, read).some((item) => item.toLowerCase() === wanted);
}

/** Excel.DataValidationRule as the API returns it. */
export function ruleToApi(rule: Rule | undefined): Excel.DataValidationRule {
  return rule ? { list: { inCellDropDown: rule.list.inCellDropDown, source: rule.list.source } } : {};
}
