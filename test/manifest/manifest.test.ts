// The manifest Office reads: valid against Microsoft's schemas (offline, libxml2 in WebAssembly:
// no xmllint), as written and as rewritten for production, declaring what the product needs;
// broken manifests are caught.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MANIFEST, ROOT, loadWebpackConfig, manifestUrls, validateManifest } from "./manifest-helpers";

const xml = fs.readFileSync(MANIFEST, "utf8");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "invite-sheet-manifest-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeVariant(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

test("manifest.xml validates against the Office schemas", () => {
  const result = validateManifest(MANIFEST);
  expect(result.output).toContain("validates");
  expect(result.ok).toBe(true);
});

test("the production manifest validates and points only at the public URL", () => {
  const { rewriteManifestForProduction, DEV_URL } = loadWebpackConfig();
  const production = rewriteManifestForProduction(xml, "https://addins.example.org/invite-sheet/");
  expect(production).not.toContain(DEV_URL);
  const urls = manifestUrls(production);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url.startsWith("https://addins.example.org/invite-sheet/")).toBe(true);
  expect(validateManifest(writeVariant("production.xml", production)).ok).toBe(true);
});

test.each([
  ["without <Id>", (s: string) => s.replace(/<Id>[^<]*<\/Id>\s*/, ""), "Id"],
  [
    "with an unknown permission",
    (s: string) => s.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
    "Permissions",
  ],
  ["with a malformed requirement version", (s: string) => s.replace('MinVersion="1.9"', 'MinVersion="1.9.x"'), "MinVersion"],
  ["with a button lacking its Supertip", (s: string) => s.replace(/<Supertip>[\s\S]*?<\/Supertip>\s*/, ""), "Supertip"],
])("a manifest %s fails validation", (name, breakIt, mentioned) => {
  const broken = breakIt(xml);
  expect(broken).not.toBe(xml);
  const result = validateManifest(writeVariant(`${name.replace(/\W+/g, "-")}.xml`, broken));
  expect(result.status).toBe(1);
  expect(result.output).toContain(mentioned);
  expect(result.output).toContain("fails to validate against the Office manifest schemas");
});

test("a manifest that is not well-formed XML fails validation with the parser's line", () => {
  const file = writeVariant("truncated.xml", xml.slice(0, xml.indexOf("</Hosts>")));
  const result = validateManifest(file);
  expect(result.status).toBe(1);
  expect(result.output).toContain(`${file}:`);
  expect(result.output).toContain("parser error");
});

test("it declares what the add-in needs: Excel, ExcelApi 1.9, read/write, a Home-tab button opening the pane", () => {
  expect(xml).toContain('<Host Name="Workbook"/>');
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
});

test("npm run validate passes with nothing on PATH (no xmllint, no bash, no npx) and prints the manifest info", () => {
  const emptyPath = fs.mkdtempSync(path.join(tmp, "path-"));
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/validate-manifest.mjs")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PATH: emptyPath },
  });
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("manifest.xml validates");
  expect(result.stdout).toContain("Name: Invite Sheet");
  expect(result.status).toBe(0);
});

test("npm run validate fails when the manifest does not validate", () => {
  const copy = fs.mkdtempSync(path.join(tmp, "project-"));
  fs.mkdirSync(path.join(copy, "scripts"));
  fs.copyFileSync(path.join(ROOT, "scripts/validate-manifest.mjs"), path.join(copy, "scripts/validate-manifest.mjs"));
  fs.symlinkSync(path.join(ROOT, "tools"), path.join(copy, "tools"), "junction");
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "junction");
  fs.writeFileSync(
    path.join(copy, "manifest.xml"),
    xml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
  );
  const result = spawnSync(process.execPath, [path.join(copy, "scripts/validate-manifest.mjs")], { cwd: copy, encoding: "utf8" });
  expect(result.stderr).toContain("manifest.xml fails to validate");
  expect(result.stdout).not.toContain("Name: Invite Sheet");
  expect(result.status).toBe(1);
});
