// Types for module-boundaries.js (plain CommonJS, so eslint.config.mjs and jest load it unbuilt).
import type { ESLint } from "eslint";

export type BoundaryProblem = { messageId: "deep" | "noIndex"; data: { specifier: string; folder: string } };

declare const plugin: ESLint.Plugin & {
  /** Why `importer` may not import `specifier` (relative to it), or null when it may; `root` holds src/ and test/. */
  boundaryProblem(root: string, importer: string, specifier: string): BoundaryProblem | null;
};
export = plugin;
