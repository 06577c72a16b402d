// Errors shaped like OfficeExtension.Error ("RichApi.Error"): code, message, debugInfo.
// Codes and messages are Office's own, from the Office.js runtime (@microsoft/office-js) and
// https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
// https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes

export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "RunMustReturnPromise"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InsertDeleteConflict"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "InvalidOperationInCellEditMode"
  | "RangeExceedsLimit";

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

const HTTP_STATUS: Partial<Record<SimErrorCode, number>> = { ItemNotFound: 404, ItemAlreadyExists: 409, ApiNotFound: 404 };

export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, SimError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    this.httpStatusCode = HTTP_STATUS[code] ?? 400;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export const errors = {
  propertyNotLoaded: (entity: string, prop: string) =>
    new SimError(
      "PropertyNotLoaded",
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${entity}.${prop}`,
    ),
  valueNotLoaded: () =>
    new SimError(
      "ValueNotLoaded",
      'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    ),
  invalidObjectPath: (path: string) =>
    new SimError(
      "InvalidObjectPath",
      `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    ),
  invalidRequestContext: () =>
    new SimError(
      "InvalidRequestContext",
      "Cannot use the object across different request contexts. This request context's Excel.run batch has already finished.",
    ),
  runMustReturnPromise: () =>
    new SimError(
      "RunMustReturnPromise",
      'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
    ),
  itemNotFound: (location: string) => new SimError("ItemNotFound", "The requested resource doesn't exist.", location),
  itemAlreadyExists: (location: string) =>
    new SimError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", location),
  invalidArgument: (location: string, detail?: string) =>
    new SimError("InvalidArgument", detail ?? "The argument is invalid or missing or has an incorrect format.", location),
  invalidOperation: (location: string, detail?: string) =>
    new SimError("InvalidOperation", detail ?? "The operation is invalid.", location),
  insertDeleteConflict: (location: string) =>
    new SimError(
      "InsertDeleteConflict",
      "The insert or delete operation attempted resulted in a conflict (it would shift cells in a table).",
      location,
    ),
  notImplemented: (location: string) =>
    new SimError("NotImplemented", "The requested feature isn't implemented by the Excel simulator.", location),
  /** Excel.ErrorCodes.invalidOperationInCellEditMode; message from the error-codes table. */
  cellEditMode: () =>
    new SimError(
      "InvalidOperationInCellEditMode",
      "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    ),
  /** "A range is limited to 5,000,000 cells for read operations." */
  rangeExceedsLimit: (location: string) =>
    new SimError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.",
      location,
    ),
  invalidReference: (location: string) =>
    new SimError("InvalidReference", "This reference is not valid for the current operation.", location),
  requestPayloadTooLarge: () =>
    new SimError(
      "RequestPayloadSizeLimitExceeded",
      'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
    ),
  responsePayloadTooLarge: () =>
    new SimError(
      "ResponsePayloadSizeLimitExceeded",
      'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
    ),
};
