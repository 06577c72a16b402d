// Where each region's API is, and the relay URL the client calls instead (the pane never calls
// Splashtop directly: CORS, and the token must not sit in the workbook). The article names three
// web consoles (Global/EU/OC); only Global and EU have a public API host, so OC is CSV only.

const REGIONS = ["global", "eu", "sandbox"] as const;
/** Regions the client can send to (through the relay). */
export type Region = (typeof REGIONS)[number];

/** Public Splashtop API hosts (seen in public client code; docs/splashtop-facts.md). The sandbox has none. */
export const API_HOSTS = {
  global: "https://webapi.splashtop.com",
  eu: "https://webapi.splashtop.eu",
} as const satisfies Record<Exclude<Region, "sandbox">, string>;

export const API_PREFIX = "/api/open/v1";

/** Every region a user may pick, including those without an API. */
export type RegionChoice = {
  readonly id: Region | "oc";
  readonly label: string;
  /** False: no public API host, so Submit cannot work there; export the CSV instead. */
  readonly api: boolean;
  /** What to say where the region is chosen, when there is something to say. */
  readonly note?: string;
};

export const REGION_CHOICES: readonly RegionChoice[] = [
  { id: "global", label: "Global", api: true },
  { id: "eu", label: "EU", api: true },
  {
    id: "oc",
    label: "OC",
    api: false,
    note: "Splashtop publishes no API host for the OC region, so Submit cannot send there: export the CSV and import it in the OC web console (Management > Users > invite users icon).",
  },
  { id: "sandbox", label: "Sandbox (try it without an account)", api: true },
];

/** The region choice for an id, or undefined. */
export function regionChoice(id: string): RegionChoice | undefined {
  return REGION_CHOICES.find((choice) => choice.id === id);
}

/** The add-in server's relay base for a region, e.g. "https://localhost:3000/relay/eu". */
export function relayBase(serverOrigin: string, region: Region): string {
  return `${serverOrigin.replace(/\/+$/, "")}/relay/${region}`;
}

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}
