// Errors in plain words for the pane's MessageBar. Office.js rejects with OfficeExtension.Error
// (`code`, `message`); the simulator with the same shape. Unknown errors keep their own message:
// a vague sentence would hide what went wrong.
const BY_CODE: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "Excel could not take that much data in one request. Try again with fewer rows, or split the paste.",
  ResponsePayloadSizeLimitExceeded: "Excel could not send that much data in one answer. Try again with fewer rows.",
  ItemNotFound: 'The invite sheet or its table is missing. Choose "Set up sheet" to create it again.',
  InvalidObjectPath: "The workbook changed while Invite Sheet was working on it. Try again.",
  InvalidRequestContext: "The workbook changed while Invite Sheet was working on it. Try again.",
  AccessDenied:
    "Excel refused the change: the sheet may be protected, or a cell is being edited. Finish editing (press Enter) and try again.",
  InvalidOperation: "Excel refused the change: a cell may be being edited, or the sheet is protected. Finish editing and try again.",
  InsertDeleteConflict: "Excel could not insert or delete rows there because a table is in the way.",
  GeneralException: "Excel reported an unexpected problem. Try again; if it keeps happening, reload the add-in.",
};

export function isAbort(error: unknown): boolean {
  return error instanceof Error ? error.name === "AbortError" : (error as { name?: unknown } | null)?.name === "AbortError";
}

export function describeError(error: unknown): string {
  if (typeof error === "string") return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : (error as { message?: unknown } | null)?.message;
  const known = typeof code === "string" ? BY_CODE[code] : undefined;
  if (known) return typeof message === "string" && message ? `${known} (Excel said: ${message})` : known;
  if (typeof message === "string" && message) return message;
  return `Something went wrong: ${String(error)}`;
}
