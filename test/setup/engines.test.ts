// `npm install` on the Node versions package.json (and the README) names gives no EBADENGINE
// warning: every package in the lockfile accepts the oldest release of each named Node line.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const semver = createRequire(__filename)("semver") as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

interface LockEntry {
  readonly version?: string;
  readonly engines?: { readonly node?: string } | readonly string[];
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

/** The first release of each line the range allows, e.g. "^20.19.0 || >=24" -> 20.19.0, 24.0.0. */
function oldestOfEachLine(range: string): string[] {
  return range.split("||").map((part) => {
    const min = semver.minVersion(part.trim());
    if (!min) throw new Error(`engines.node part "${part}" allows no version`);
    return min.version;
  });
}

const supported = oldestOfEachLine(pkg.engines.node);

test("package.json names Node 20 and the current LTS lines", () => {
  expect(supported.map((v) => v.split(".")[0])).toEqual(expect.arrayContaining(["20", "22"]));
});

test.each(supported)("every locked package accepts Node %s", (node) => {
  const refusing = Object.entries(lock.packages)
    .filter(([name, entry]) => name !== "" && !Array.isArray(entry.engines) && (entry.engines as { node?: string } | undefined)?.node)
    .filter(([, entry]) => !semver.satisfies(node, (entry.engines as { node: string }).node))
    .map(([name, entry]) => `${name}@${entry.version} wants node ${(entry.engines as { node: string }).node}`);
  expect(refusing).toEqual([]);
});

test("the Node running these tests is one package.json allows", () => {
  expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
});

test("the README's Requirements name the same oldest Node versions", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const requirements = /## Requirements\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
  for (const version of supported) expect(requirements).toContain(version.replace(/(\.0)+$/, ""));
});
