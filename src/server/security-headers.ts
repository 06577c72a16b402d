// Security headers for every response. The add-in runs inside Office: on the web the pane is an
// iframe of an Office page, so framing must be allowed for Office's origins (and only those), and
// Office.js must load from Microsoft's CDN. Microsoft publishes no canonical origin list
// (OfficeDev/office-js#1005, office-js-docs-pr#4911); the list below is what Office on the web
// uses today. Excel on the web's top-level domain is excel.cloud.microsoft (office-js-docs-pr,
// persisting-add-in-state-and-settings.md). If Office moves, change it here only.
import type { ServerResponse } from "node:http";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

export const OFFICE_FRAME_ANCESTORS: readonly string[] = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.sharepoint.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://onedrive.live.com",
];

const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  // Office.js itself, plus the host-specific scripts it loads from the same CDN.
  "script-src": ["'self'", OFFICE_CDN],
  // Fluent UI (Griffel) injects <style> rules at run time.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  // Splashtop is reached through this server's own relay, never directly from the page.
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": OFFICE_FRAME_ANCESTORS,
};

function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Deliberately absent: X-Frame-Options (it cannot allow-list Office's origins; frame-ancestors
 * does), Access-Control-Allow-Origin (nothing here is for other origins), Cross-Origin-Resource-
 * Policy (Office loads the ribbon icons cross-origin), and HSTS (this is a localhost dev server;
 * production TLS termination sets it).
 */
function securityHeaders(): Readonly<Record<string, string>> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
}
