// Four projects:
//   unit         pure code and the Excel simulator: the fast inner loop (`npm run test:unit`)
//   dom          React components under jsdom
//   integration  what needs processes, servers, sockets or builds: the CLI as a child process,
//                the Node server, relay and sandbox, the submit against them, the reliability run,
//                the manifest and the production build (their own global setup bundles dist/*.js),
//                and sheets too large for the inner loop
//   e2e          Chromium (scripts/find-browser.ts picks which) against the real server
// `npm test` runs all four. Type-checking is `npm run typecheck`'s job, so ts-jest only transpiles
// (isolatedModules in tsconfig).
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };
const common = { transform, moduleFileExtensions: ["ts", "tsx", "js", "json"] };

/** Test files that start processes, servers or builds (paths under test/). */
const INTEGRATION = [
  "cli/bin.test.ts",
  "cli/large-file.test.ts",
  "manifest/",
  "taskpane/reliability/",
  "scripts/unused-exports.test.ts",
  "server/",
  "splashtop/api-token.test.ts",
  "splashtop/client.test.ts",
  "splashtop/list-users.test.ts",
  "splashtop/sandbox-submit.test.ts",
  "splashtop/upstream-leaks.test.ts",
  "taskpane/submit-controller.test.ts",
  "workbook/huge-paste.test.ts",
].map((p) => `<rootDir>/test/${p}`);

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/", ...INTEGRATION],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
    },
    {
      ...common,
      displayName: "integration",
      testEnvironment: "node",
      // Bundles the CLI, server and bench once, so child processes run the current sources.
      globalSetup: "<rootDir>/test/global-setup.js",
      testMatch: INTEGRATION.map((p) => (p.endsWith("/") ? `${p}**/*.test.ts` : p)),
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
    },
  ],
};
