// What the server prints on start: where things are and how to load the add-in into Excel.
import { LOCAL_HOSTS } from "./host-check";

export interface BannerInput {
  /** Base URL ending in "/". */
  readonly url: string;
  /** How the server is secured, e.g. "HTTPS (office-addin-dev-certs ...)" or "HTTP (no certificate: ...)". */
  readonly transport: string;
  readonly https: boolean;
  /** Whether workbench.html is in the static root (src/workbench/ is built only when present). */
  readonly workbenchBuilt: boolean;
  /** Where the served manifest's task pane lives (its SourceLocation), when there is a manifest. */
  readonly manifestSource?: string;
  /** What to know about the HTTPS certificate (src/server/trust-advice.ts). */
  readonly certificate?: readonly string[];
}

export function startupBanner(input: BannerInput): string {
  const lines = [
    `Invite Sheet add-in server: ${input.transport}`,
    `  Workbench:  ${input.workbenchBuilt ? `${input.url}workbench.html   (open this in a browser: the add-in beside a simulated Excel)` : "(not built: there is no src/workbench/ yet)"}`,
    `  Task pane:  ${input.url}taskpane.html`,
    `  Manifest:   ${input.url}manifest.xml`,
    "",
    ...(input.certificate?.length ? [...input.certificate, ""] : []),
    "Load the add-in into Excel:",
    "  Excel desktop (Windows, Mac): in another terminal, `npm run start:desktop`",
    "    (office-addin-debugging sideloads manifest.xml and opens Excel; `npm run stop` undoes it).",
    "  Excel on the web: open a workbook, Insert > Add-ins > Upload My Add-in, choose manifest.xml.",
  ];
  const expected = `${input.url}taskpane.html`;
  if (input.manifestSource !== undefined && input.manifestSource !== expected) {
    // e.g. a production build (public URL) or a non-default PORT: Office would load the pane elsewhere.
    lines.push(`  Note: the served manifest opens ${input.manifestSource}, not this server (${expected}).`);
  }
  if (!input.https) {
    lines.push("  Note: Office loads add-ins only over HTTPS; over HTTP use the pages in a browser.");
  }
  lines.push("", "Stop with Ctrl+C.");
  return lines.join("\n");
}

export interface ProductionBannerInput {
  /** Where this process listens, ending in "/". */
  readonly url: string;
  /** The add-in's public URL (the built manifest's), ending in "/". */
  readonly publicUrl: string;
  readonly sandbox: boolean;
  readonly sandboxControl: boolean;
  readonly allowedHosts: readonly string[];
}

/** What `npm run start:prod` prints: where it listens, what it serves, and what the front end must do. */
export function productionBanner(input: ProductionBannerInput): string {
  const lines = [
    `Invite Sheet add-in server (production): listening on ${input.url}`,
    `  Public URL: ${input.publicUrl} (your HTTPS front end forwards it here)`,
    `  Manifest:   ${input.publicUrl}manifest.xml (deploy it: docs/deploy.md)`,
    `  Answers to: ${[...LOCAL_HOSTS, ...input.allowedHosts].join(", ")}`,
    `  Sandbox:    ${input.sandbox ? `on (SANDBOX=1)${input.sandboxControl ? ", with its control API (SANDBOX_CONTROL=1): do not expose this" : ""}` : "off"}`,
    "",
    "Stop with Ctrl+C (or SIGTERM).",
  ];
  return lines.join("\n");
}
