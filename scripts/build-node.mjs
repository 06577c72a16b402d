// Bundles the Node programs (CLI, server, bench, browser finder) with esbuild: one file each, so `invite-sheet`
// starts in milliseconds (no TypeScript at run time, no module-graph walk). Runs on `npm install`
// (prepare) and before start/bench. The browser bundles are webpack's job (webpack.config.js).
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entries = {
  cli: "src/cli/main.ts",
  server: "src/server/main.ts",
  bench: "bench/main.ts",
  browser: "scripts/browser-main.ts",
};

const present = Object.entries(entries).filter(([, file]) => existsSync(file));
await Promise.all(
  present.map(([name, file]) =>
    build({
      entryPoints: [file],
      outfile: `dist/${name}.js`,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      sourcemap: true,
      logLevel: "warning",
      // playwright-core is only for the workbench bench; keep it out of the bundle.
      external: ["playwright-core", "esbuild"],
    }),
  ),
);
