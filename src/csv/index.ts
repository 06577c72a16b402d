export * from "./decode-text";
export * from "./sniff-dialect";
export * from "./export-csv";
export * from "./import-csv";
export * from "./failed-rows";
export { extraValuesNotice, rowsKeepingExtraValues } from "./extra-values";
