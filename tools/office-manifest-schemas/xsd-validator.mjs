// Validates Office add-in XML manifests against Microsoft's 2019 XSDs in this folder, offline,
// with libxml2 compiled to WebAssembly (xmllint-wasm): no system xmllint, so it runs wherever
// Node does. The XSDs do not compile as published (README.md, "Why the verbatim files fail"):
// the patches below are applied in memory and the files here stay byte-exact.
// Used by validate-manifest.mjs (beside this file) and scripts/validate-manifest.mjs.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const HERE = dirname(fileURLToPath(import.meta.url));
const ENTRY = "OfficeAppManifestV1_1.xsd";
const IMPORTED = ["OfficeAppBasicTypesV1_0.xsd", "TaskPaneAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_1.xsd"];
/** Imported by the entry schema but never published: a local stub (see its comment). */
const STUB = join(HERE, "patches", "ContentAppVersionOverridesV1_0.xsd");

/** The README's defects 1 and 2, as text replacements; `count` is how often each must apply. */
export const PATCHES = [
  {
    why: "defect 1: the XSD namespace was rewritten to https, so no processor sees a schema",
    find: 'xmlns:xs="https://www.w3.org/2001/XMLSchema"',
    replace: 'xmlns:xs="http://www.w3.org/2001/XMLSchema"',
    count: 4,
  },
  {
    why: "defect 1: the signature wildcard's namespace was rewritten to https as well",
    find: 'namespace="https://www.w3.org/2000/09/xmldsig#"',
    replace: 'namespace="http://www.w3.org/2000/09/xmldsig#"',
    count: 3,
  },
  {
    why: "defect 2: a lazy quantifier {0,3}? is not XSD regex; XSD patterns match whole values, so dropping ? keeps the meaning",
    find: '(\\.[0-9]{1,5}){0,3}?"',
    replace: '(\\.[0-9]{1,5}){0,3}"',
    count: 2,
  },
];

/** The schema files with the patches applied; throws when a patch no longer applies as recorded. */
export function patchedSchemas(dir = HERE) {
  const files = [ENTRY, ...IMPORTED].map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), "utf8") }));
  for (const patch of PATCHES) {
    let applied = 0;
    for (const file of files) {
      const parts = file.contents.split(patch.find);
      applied += parts.length - 1;
      file.contents = parts.join(patch.replace);
    }
    if (applied !== patch.count) {
      throw new Error(`schema patch applied ${applied} times, expected ${patch.count} (${patch.why}): have the XSDs in ${dir} changed?`);
    }
  }
  files.push({ fileName: basename(STUB), contents: readFileSync(STUB, "utf8") });
  return files;
}

/**
 * Validates one manifest's text. Resolves { valid, messages } with xmllint's lines (file names
 * shown as `displayName`); a manifest that is not even well-formed XML is invalid, not an error.
 * Rejects only when the schemas themselves cannot be used.
 */
export async function validateManifestText(xml, displayName, schemas = patchedSchemas()) {
  const [entry, ...preload] = schemas;
  const fileName = "manifest-under-test.xml";
  // xmllint's own closing "<file> fails to validate" is left out: the caller says it.
  const lines = (text) => text.split(fileName).join(displayName).trim().split("\n").filter((line) => !line.endsWith(" fails to validate"));
  try {
    const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [entry], preload });
    return { valid: result.valid, messages: result.valid ? [] : lines(result.rawOutput) };
  } catch (error) {
    // xmllint's exit code 1: the document did not parse (xmllint-wasm rejects for it).
    if (error.code === 1) return { valid: false, messages: lines(String(error.message)) };
    throw new Error(`the manifest schemas could not be used (xmllint exit ${error.code ?? "?"}): ${error.message}`);
  }
}

function readManifest(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  }
}

/** Validates each file, printing what xmllint says; resolves the exit code (0 all valid, 1 one is not, 2 usage). */
export async function validateFiles(files) {
  if (files.length === 0) {
    console.error("usage: node tools/office-manifest-schemas/validate-manifest.mjs manifest.xml [more.xml ...]");
    return 2;
  }
  const schemas = patchedSchemas();
  let failed = false;
  for (const file of files) {
    const { valid, messages } = await validateManifestText(readManifest(file), file, schemas);
    if (valid) {
      console.log(`${file} validates`);
    } else {
      failed = true;
      for (const line of messages) console.error(line);
      console.error(`${file} fails to validate against the Office manifest schemas`);
    }
  }
  return failed ? 1 : 0;
}
