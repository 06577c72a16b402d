// Where each region's API is, and the relay URL the client calls instead (the pane never calls
// Splashtop directly: CORS, and the token must not sit in the workbook).

export const REGIONS = ["global", "eu", "sandbox"] as const;
export type Region = (typeof REGIONS)[number];

/** Public Splashtop API hosts (seen in public client code; SPLASHTOP.md). The sandbox has none. */
export const API_HOSTS = {
  global: "https://webapi.splashtop.com",
  eu: "https://webapi.splashtop.eu",
} as const satisfies Record<Exclude<Region, "sandbox">, string>;

export const API_PREFIX = "/api/open/v1";

/** The add-in server's relay base for a region, e.g. "https://localhost:3000/relay/eu". */
export function relayBase(serverOrigin: string, region: Region): string {
  return `${serverOrigin.replace(/\/+$/, "")}/relay/${region}`;
}

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
