// Shared by the manifest tests: paths, the offline XSD validator, and reading URLs and icons
// out of a manifest (plain regexes: the manifest is ours and regular, no XML library needed).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

export const ROOT = path.join(__dirname, "../..");
export const MANIFEST = path.join(ROOT, "manifest.xml");
export const VALIDATOR = path.join(ROOT, "tools/office-manifest-schemas/validate-manifest.mjs");

export interface WebpackConfigModule {
  (
    env: unknown,
    argv: { mode: string },
  ): Record<string, unknown> & { entry: Record<string, string>; output: Record<string, unknown>; optimization: Record<string, unknown> };
  DEV_URL: string;
  rewriteManifestForProduction(xml: string, baseUrl?: string): string;
}

/** webpack.config.js is CommonJS without types; this is the part of it the tests use. */
export function loadWebpackConfig(): WebpackConfigModule {
  return createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as WebpackConfigModule;
}

export interface Validation {
  readonly ok: boolean;
  /** The validator's exit code: 0 valid, 1 invalid, 2 the validator itself could not run. */
  readonly status: number | null;
  readonly output: string;
}

/** Runs the offline XSD validation (libxml2 in WebAssembly against Microsoft's schemas) on one file, as a user runs it. */
export function validateManifest(file: string): Validation {
  const result = spawnSync(process.execPath, [VALIDATOR, file], { encoding: "utf8" });
  if (result.error) throw result.error;
  return { ok: result.status === 0, status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every absolute URL in a DefaultValue attribute. */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");
}

/** Icon URL -> the pixel size the manifest declares for it. */
export function declaredIcons(xml: string): Map<string, number> {
  const icons = new Map<string, number>();
  const iconUrl = /<IconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1];
  const highRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (iconUrl) icons.set(iconUrl, 32);
  if (highRes) icons.set(highRes, 64);
  const sizeOfResid = new Map([...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map((m) => [m[2] ?? "", Number(m[1])]));
  for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)) {
    const size = sizeOfResid.get(m[1] ?? "");
    if (size !== undefined) icons.set(m[2] ?? "", size);
  }
  return icons;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
