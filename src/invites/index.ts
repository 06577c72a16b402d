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
export * from "./fix-all";
export * from "./surface";
export { clip, quote, QUOTE_LIMIT, looksLikeFormula, REPLACEMENT_CHARACTER } from "./text";
export * from "./canonical-row";
export * from "./export-plan";
export * from "./sample-rows";
export * from "./account-index";
