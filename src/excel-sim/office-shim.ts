// The part of the `Office` namespace an add-in asks about its host, answered for a simulated host:
// `Office.context.requirements.isSetSupported(name, minVersion)` (the host's requirement sets, see
// requirements.ts), `Office.context.platform` ("OfficeOnline" for Excel on the web, "PC" for
// Windows desktop: Office.PlatformType), `Office.context.diagnostics` and `Office.onReady()`.
// https://learn.microsoft.com/javascript/api/office/office.context
// https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
// Hosts built on the simulator (the workbench page) install it where Office.js would put `Office`.
import type { SimulatedExcel } from "./index";

export interface SimOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    platform: "OfficeOnline" | "PC";
    host: "Excel";
    diagnostics: { host: "Excel"; platform: "OfficeOnline" | "PC"; version: string };
  };
  HostType: { Excel: "Excel" };
  PlatformType: { PC: "PC"; OfficeOnline: "OfficeOnline"; Mac: "Mac"; iOS: "iOS"; Android: "Android"; Universal: "Universal" };
  onReady(): Promise<{ host: "Excel"; platform: "OfficeOnline" | "PC" }>;
}

export function officeShim(sim: Pick<SimulatedExcel, "host" | "requirements">): SimOffice {
  const platform = sim.host === "web" ? "OfficeOnline" : "PC";
  return {
    context: {
      requirements: { isSetSupported: (name, minVersion) => sim.requirements.isSetSupported(name, minVersion) },
      platform,
      host: "Excel",
      diagnostics: { host: "Excel", platform, version: "excel-sim" },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    onReady: () => Promise.resolve({ host: "Excel", platform }),
  };
}

/**
 * `?sets=ExcelApi:1.9,ExcelApiOnline:-` (a page's query) as requirement-set overrides: a version,
 * or "-" to remove the set. Lets a page on the simulator play an older host.
 */
export function parseSetsParam(param: string | null): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const part of (param ?? "").split(",")) {
    const [name, version] = part.split(":").map((s) => s.trim());
    if (!name || version === undefined || version === "") continue;
    out[name] = version === "-" ? null : version;
  }
  return out;
}
