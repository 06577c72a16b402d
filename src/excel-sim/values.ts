// Cell values and how Excel turns input into them.
// - General format: "123" becomes the number 123, "TRUE" a boolean, "=..." a formula, and text
//   starting with "+" or "-" that is not a number a formula too ("+abc" is entered as "=+abc", as
//   Excel's formula bar shows it: from experience); a leading apostrophe forces text. A lone "+"
//   or "-" stays text. Text format ("@"): everything stays a literal string.
// - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
//   ("="), Excel interprets this value as a formula." and null entries leave the cell unchanged.
//   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
// No formula engine: a formula's value is computed for literals (=1, ="a", =TRUE) only, otherwise
// it is the error value "#NAME?".

export type CellValue = string | number | boolean;

export interface CellContent {
  value: CellValue | undefined;
  formula?: string;
}

const TEXT_FORMAT = "@";
const GENERAL = "General";
const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT_RE = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;

function isTextFormat(format: string | undefined): boolean {
  return format === TEXT_FORMAT;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (NUMBER_RE.test(t)) return Number(t);
  if (GROUPED_RE.test(t)) return Number(t.replace(/,/g, ""));
  const pct = PERCENT_RE.exec(t);
  if (pct?.[1]) return Number(pct[1]) / 100;
  return undefined;
}

/** Value of a formula when it is a plain literal (with unary signs); "#NAME?" otherwise (no formula engine). */
function evaluateFormula(formula: string): CellValue {
  const body = formula.replace(/^=/, "").trim();
  const signs = /^[+\-\s]*/.exec(body)?.[0] ?? "";
  const n = parseNumber(body.slice(signs.length));
  if (n !== undefined) return (signs.split("-").length - 1) % 2 === 1 ? -n : n;
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return (str[1] ?? "").replace(/""/g, '"');
  if (/^(true|false)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return "#NAME?";
}

/** What a cell holds after input `text` is entered (typed, pasted or set through Range.values). */
export function parseInput(input: CellValue, numberFormat: string | undefined): CellContent {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: undefined };
  if (isTextFormat(numberFormat)) return { value: input };
  const first = input.charCodeAt(0);
  if (first === 39 /* ' */) return { value: input.slice(1) === "" ? undefined : input.slice(1) };
  if (first === 61 /* = */ && input.length > 1) return { value: evaluateFormula(input), formula: input };
  if (mayBeNumber(first)) {
    const n = parseNumber(input);
    if (n !== undefined) return { value: n };
  }
  if ((first === 43 /* + */ || first === 45) /* - */ && input.length > 1) {
    const formula = `=${input}`;
    return { value: evaluateFormula(formula), formula };
  }
  if ((input.length === 4 || input.length === 5) && /^(true|false)$/i.test(input)) return { value: input.toUpperCase() === "TRUE" };
  return { value: input };
}

/** Digits, sign, point or leading space: the only starts a number can have. */
function mayBeNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46 || code === 32;
}

function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e11 || (abs > 0 && abs < 1e-9)) return n.toExponential(5).toUpperCase();
  return String(Number(n.toPrecision(10)));
}

function grouped(fixed: string): string {
  const [int = "", frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = int.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + digits + (frac !== undefined ? `.${frac}` : "");
}

function formatNumber(n: number, format: string): string {
  const m = /^(#,##)?0(\.(0+))?(%)?$/.exec(format);
  if (!m) return generalNumber(n);
  const decimals = m[3]?.length ?? 0;
  const scaled = m[4] ? n * 100 : n;
  const fixed = scaled.toFixed(decimals);
  return (m[1] ? grouped(fixed) : fixed) + (m[4] ? "%" : "");
}

/** Range.text: the string Excel displays for a value under a number format. */
export function displayText(value: CellValue | undefined, numberFormat: string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isTextFormat(numberFormat)) return String(value);
  return formatNumber(value, numberFormat ?? GENERAL);
}

/** Excel.RangeValueType names for ChangedEventDetail. */
export function valueType(value: CellValue | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(NAME\?|N\/A|VALUE!|REF!|DIV\/0!|NUM!|NULL!)$/.test(value) ? "Error" : "String";
}
