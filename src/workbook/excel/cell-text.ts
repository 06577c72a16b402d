/** A cell value as text: Range.values gives numbers and booleans for cells that are not text. */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "";
  return String(value);
}
