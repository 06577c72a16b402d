// `npm run validate`: checks the add-in manifest offline, wherever Node runs (no xmllint, no bash).
//  1. XSD validation against Microsoft's published schemas with libxml2 compiled to WebAssembly
//     (tools/office-manifest-schemas/xsd-validator.mjs) of manifest.xml and, when a production
//     build exists, dist/manifest.xml (the copy with the public URL).
//  2. `office-addin-manifest info`, which parses the manifest the way Office's tooling does.
//     (Its `validate` command is not used: it posts the manifest to a Microsoft web service.)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { validateFiles } from "../tools/office-manifest-schemas/xsd-validator.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const manifests = ["manifest.xml", join("dist", "manifest.xml")].filter((file) => existsSync(file));
const xsd = await validateFiles(manifests);
if (xsd !== 0) process.exit(xsd);

// The package's own bin (cli.js) run with this Node: no npx, no shell, the same on every platform.
const require = createRequire(import.meta.url);
const manifestCli = join(dirname(require.resolve("office-addin-manifest/package.json")), "cli.js");
const info = spawnSync(process.execPath, [manifestCli, "info", "manifest.xml"], { stdio: "inherit" });
if (info.error) throw info.error;
process.exit(info.status ?? 1);
