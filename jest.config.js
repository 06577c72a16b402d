// Three projects: pure/node code, React components under jsdom, and browser tests that drive
// Chromium (scripts/find-browser.ts picks which) against the real server. Type-checking is
// `npm run typecheck`'s job, so ts-jest only transpiles (isolatedModules in tsconfig).
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };
const common = { transform, moduleFileExtensions: ["ts", "tsx", "js", "json"] };

module.exports = {
  globalSetup: "<rootDir>/test/global-setup.js",
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
    },
  ],
};
