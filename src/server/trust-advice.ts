// What the start-up message says about the development certificate: trusted, and by what; or
// not, why, and what to do on this platform. `npm start` (scripts/start.mjs) creates and trusts
// the certificate and hands the outcome to the server in INVITE_SHEET_CA_TRUST.
//
// Browsers, as documented:
// - Linux: Chromium and Chrome read the NSS shared database, not the system store (/etc/ssl);
//   since M146 at $HOME/.local/share/pki/nssdb, or $HOME/.pki/nssdb where that already exists
//   (chromium/src docs/linux/cert_management.md). Firefox keeps its own store.
// - macOS: the login keychain (office-addin-dev-certs runs `security add-trusted-cert`).
// - Windows: the user's Root store (office-addin-dev-certs' scripts/install.ps1, CurrentUser).
import { z } from "zod";

/** The CA's name in office-addin-dev-certs (defaults.certificateName), used as the NSS nickname too. */
const CA_NAME = "Developer CA for Microsoft Office Add-ins";

const CaTrustSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("trusted"), where: z.string().min(1) }),
  z.object({ state: z.literal("untrusted"), reason: z.string().min(1), nssDb: z.string().min(1).optional() }),
]);
export type CaTrust = z.infer<typeof CaTrustSchema>;

/** Reads INVITE_SHEET_CA_TRUST; undefined when the server was started without `npm start`. */
export function parseCaTrust(raw: string | undefined): CaTrust | undefined {
  if (raw === undefined || raw === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(
      `INVITE_SHEET_CA_TRUST is not JSON (${(error as Error).message}); it is set by npm start, unset it to start the server by hand`,
    );
  }
  const parsed = CaTrustSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`INVITE_SHEET_CA_TRUST is not what npm start writes: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
}

export interface TrustAdviceInput {
  readonly platform: NodeJS.Platform;
  /** Base URL ending in "/", HTTPS. */
  readonly url: string;
  readonly caFile: string;
  /** undefined: not checked (the server was started by hand). */
  readonly trust: CaTrust | undefined;
}

const HTTPS_OFF: Partial<Record<NodeJS.Platform, string>> = {
  win32: '$env:HTTPS="0"; npm start   (cmd: set HTTPS=0&& npm start)',
};

function howToTrust(input: TrustAdviceInput, nssDb: string): string[] {
  switch (input.platform) {
    case "linux":
      return [
        "  Chromium and Chrome on Linux read the NSS database, not the system store. Either",
        "    install certutil (Debian/Ubuntu: sudo apt-get install libnss3-tools) and run npm start again: it adds the CA; or by hand:",
        `    certutil -d sql:${nssDb} -A -t C,, -n "${CA_NAME}" -i ${input.caFile}`,
      ];
    case "darwin":
      return ["  Add it to your login keychain (Safari, Chrome, Edge): npx office-addin-dev-certs install"];
    case "win32":
      return ["  Add it to your certificate store (Chrome, Edge): npx office-addin-dev-certs install"];
    default:
      return [`  Add ${input.caFile} to your browser's trusted authorities.`];
  }
}

/** Lines for the start-up message about the certificate of an HTTPS server. */
export function trustAdvice(input: TrustAdviceInput): string[] {
  if (input.trust?.state === "trusted") {
    return [`Certificate: its CA is trusted by ${input.trust.where}. A browser that was already open may need a restart.`];
  }
  const why = input.trust ? input.trust.reason : "not checked: the server was started without npm start";
  const nssDb = (input.trust?.state === "untrusted" && input.trust.nssDb) || "$HOME/.local/share/pki/nssdb";
  const http = input.url.replace(/^https:/, "http:");
  return [
    `Certificate: browsers will refuse ${input.url} until they trust its CA (${why}).`,
    ...howToTrust(input, nssDb),
    `  Or serve over HTTP: ${HTTPS_OFF[input.platform] ?? "HTTPS=0 npm start"}, then open ${http}workbench.html (Excel itself needs HTTPS).`,
  ];
}
