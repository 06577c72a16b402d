// The server's settings, read from the environment and the command line in one place, each
// checked with a message that says what is wrong and how to fix it. Two ways to run:
//   development (`npm start`): localhost, HTTPS with the dev certificate when there is one, the
//     sandbox on;
//   production (`npm run start:prod`, i.e. `node dist/server.js --production`): behind the
//     organisation's HTTPS front end, serving the build made with ADDIN_PUBLIC_URL, sandbox off.
// Variables:
//   PORT             default 3000
//   HOST             interface to listen on; default localhost (production: 127.0.0.1, for a
//                    front end on the same machine; 0.0.0.0 in a container)
//   HTTPS            development only: "0" forces HTTP, "1" requires the dev certificate
//   STATIC_ROOT      default: the folder the server bundle is in (dist/)
//   DATA_DIR         default ./data: where the sandbox keeps its team
//   SANDBOX          "1"/"0": serve the sandbox; default on in development, off in production
//   SANDBOX_CONTROL  "1": mount the sandbox's control API (tests and the bench); default off
//   ADDIN_PUBLIC_URL the add-in's public https URL; production reads it from the built manifest
//   ALLOWED_HOSTS    more host names to answer to, comma-separated (e.g. a front end's internal name)
import { LOCAL_HOSTS, normaliseHost } from "./host-check";

export type ServerConfig = {
  production: boolean;
  port: number;
  host: string;
  /** Development only: the HTTPS setting as given ("0", "1" or unset). */
  https: "0" | "1" | undefined;
  staticRoot: string;
  dataDir: string;
  sandbox: boolean;
  sandboxControl: boolean;
  /** The public URL the add-in is served under (production), ending in "/". */
  publicUrl: string | null;
  /** Host names answered besides the local ones. */
  allowedHosts: string[];
};

export type ConfigInput = {
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
  /** STATIC_ROOT's default: the server bundle's folder. */
  defaultStaticRoot: string;
  /** The task pane URL in the served manifest (its SourceLocation), when there is one. */
  manifestSource?: string;
  /** Absolute path of a relative folder. */
  resolve: (folder: string) => string;
};

/** A setting that cannot work; the message says which and what to do. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The host of webpack.config.js's DEFAULT_PUBLIC_URL: a build made without ADDIN_PUBLIC_URL. */
const PLACEHOLDER_HOST = "invite-sheet.example.com";

const BUILD_HINT = "build with ADDIN_PUBLIC_URL=https://<your add-in's host>/ npm run build, then npm run start:prod (docs/deploy.md)";

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}".`);
  return port;
}

function parseFlag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (raw === "1" || raw.toLowerCase() === "true") return true;
  if (raw === "0" || raw.toLowerCase() === "false") return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}".`);
}

function httpsUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL: "${raw}". Give the add-in's public address, e.g. https://invites.example.org/.`);
  }
  if (url.protocol !== "https:")
    throw new ConfigError(`${name} must start with https:// (Office loads add-ins only over HTTPS), got "${raw}".`);
  return url;
}

/** The production public URL: the built manifest's, checked against ADDIN_PUBLIC_URL when both are given. */
function productionPublicUrl(env: ConfigInput["env"], manifestSource: string | undefined): URL {
  if (manifestSource === undefined) throw new ConfigError(`There is no manifest.xml in the folder served: ${BUILD_HINT}.`);
  const built = httpsUrl("The built manifest's task pane URL", manifestSource);
  if (built.hostname === "localhost" || built.hostname === PLACEHOLDER_HOST) {
    throw new ConfigError(`The manifest in the folder served points at ${built.origin}, not at your add-in's address: ${BUILD_HINT}.`);
  }
  const given = env.ADDIN_PUBLIC_URL;
  if (given) {
    const url = httpsUrl("ADDIN_PUBLIC_URL", given);
    if (url.host !== built.host)
      throw new ConfigError(
        `ADDIN_PUBLIC_URL is ${url.origin} but the manifest was built for ${built.origin}: build again with the same ADDIN_PUBLIC_URL.`,
      );
  }
  return new URL("./", built);
}

export function readServerConfig(input: ConfigInput): ServerConfig {
  const { env } = input;
  const production = input.argv.includes("--production");
  const sandbox = parseFlag("SANDBOX", env.SANDBOX, !production);
  const sandboxControl = parseFlag("SANDBOX_CONTROL", env.SANDBOX_CONTROL, false);
  if (sandboxControl && !sandbox)
    throw new ConfigError("SANDBOX_CONTROL=1 needs the sandbox: set SANDBOX=1 too (or leave SANDBOX_CONTROL unset).");
  if (production && env.HTTPS === "1") {
    throw new ConfigError(
      "HTTPS=1 is for development (the localhost certificate). In production the organisation's HTTPS front end serves TLS and forwards to this server (docs/deploy.md).",
    );
  }
  if (env.HTTPS !== undefined && env.HTTPS !== "" && env.HTTPS !== "0" && env.HTTPS !== "1")
    throw new ConfigError(`HTTPS must be 1 or 0, got "${env.HTTPS}".`);
  const publicUrl = production
    ? productionPublicUrl(env, input.manifestSource)
    : env.ADDIN_PUBLIC_URL
      ? httpsUrl("ADDIN_PUBLIC_URL", env.ADDIN_PUBLIC_URL)
      : null;
  const host = env.HOST || (production ? "127.0.0.1" : "localhost");
  const extra = (env.ALLOWED_HOSTS ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const wildcard = host === "0.0.0.0" || host === "::" || LOCAL_HOSTS.includes(host);
  const allowedHosts = [...new Set([...(publicUrl ? [publicUrl.hostname] : []), ...extra, ...(wildcard ? [] : [host])].map(normaliseHost))];
  return {
    production,
    port: parsePort(env.PORT),
    host,
    https: production ? "0" : env.HTTPS === "0" || env.HTTPS === "1" ? env.HTTPS : undefined,
    staticRoot: input.resolve(env.STATIC_ROOT || input.defaultStaticRoot),
    dataDir: input.resolve(env.DATA_DIR || "data"),
    sandbox,
    sandboxControl,
    publicUrl: publicUrl ? publicUrl.href.replace(/\/?$/, "/") : null,
    allowedHosts,
  };
}
