import js from "@eslint/js";
import tseslint from "typescript-eslint";
import local from "./lint/module-boundaries.js";

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
    // Each folder of src/ is entered only through its index.ts; tests count as if they sat at the
    // same path under src/ (lint/module-boundaries.js says exactly how).
    plugins: { local },
    rules: { "local/module-boundaries": "error" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The relay and the sandbox share only src/server/http; the /relay/ route table
    // (src/server/relay-routes.ts) is where they meet.
    files: ["src/server/relay/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/sandbox", "**/sandbox/**"],
              message: "The relay does not know the sandbox: share through src/server/http, join in relay-routes.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/server/sandbox/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/relay", "**/relay/**", "**/relay-routes", "**/relay-target"],
              message: "The sandbox does not know the relay: share through src/server/http, join in relay-routes.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain core stays pure: no Office, React, DOM or Node (DESIGN.md).
    files: ["src/invites/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "Use zod/mini in the domain: the CLI loads it at start-up." }],
          patterns: [
            "node:*",
            "fs",
            "path",
            "react",
            "react-dom",
            "@fluentui/*",
            "@microsoft/office-js",
            "papaparse",
            "**/csv",
            "**/csv/**",
            "**/workbook",
            "**/workbook/**",
            "**/splashtop",
            "**/splashtop/**",
            "**/server",
            "**/server/**",
            "**/taskpane",
            "**/taskpane/**",
            "**/workbench",
            "**/workbench/**",
            "**/excel-sim",
            "**/excel-sim/**",
            "**/cli",
            "**/cli/**",
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "fetch", "process"],
    },
  },
);
