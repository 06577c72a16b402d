import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/out/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The domain core stays pure: no Office, React, DOM or Node (DESIGN.md).
    files: ["src/invites/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Use zod/mini in the domain: the CLI loads it at start-up." }], patterns: ["node:*", "fs", "path", "react", "react-dom", "@fluentui/*", "@microsoft/office-js", "papaparse", "**/csv/**", "**/workbook/**", "**/splashtop/**", "**/server/**", "**/taskpane/**", "**/workbench/**", "**/excel-sim/**", "**/cli/**"] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "fetch", "process"],
    },
  },
);
