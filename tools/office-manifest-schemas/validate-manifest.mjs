// Validates Office add-in XML manifests against the XSDs in this folder, offline (xsd-validator.mjs).
//   node tools/office-manifest-schemas/validate-manifest.mjs manifest.xml [more.xml ...]
// Exit 0 when every file validates, 1 when one does not, 2 for bad usage or a schema problem.
import process from "node:process";
import { validateFiles } from "./xsd-validator.mjs";

try {
  process.exitCode = await validateFiles(process.argv.slice(2));
} catch (error) {
  console.error(`validate-manifest: ${error.message}`);
  process.exitCode = 2;
}
