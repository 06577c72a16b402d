// The pure domain: what Splashtop's invite import accepts. No Office, DOM, network or Node here.
export * from "./columns";
export * from "./row";
export * from "./finding";
export * from "./team-profile";
export * from "./importer-format";
export * from "./spellings";
export { checkEmail } from "./email";
export { resolveLicense } from "./rules/license-type";
export * from "./validate-sheet";
export * from "./fixes";
export * from "./canonical-row";
export * from "./export-plan";
export * from "./sample-rows";
export { createLiveSheet, type LiveSheet, type LiveCounts } from "./live/live-sheet";
export * from "./row-status";
export * from "./submit-record";
