// Email checking: the WHATWG "valid e-mail address" production, tightened where real mail
// delivery needs it (RFC 5322 dot-atom local part, a domain with a dot, RFC 5321 lengths).
import { LIMITS } from "./importer-format";
import { quote } from "./text";

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const VALID = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*@${LABEL}(?:\\.${LABEL})+$`);
const NUMERIC_TLD = /\.[0-9]+$/;

export type EmailVerdict = { ok: true } | { ok: false; problem: string; fix?: string };

const OK: EmailVerdict = { ok: true };

export function checkEmail(address: string): EmailVerdict {
  return isValidEmail(address) ? OK : diagnose(address);
}

/**
 * checkEmail's verdict without the diagnosis: what a row with a good address (nearly every row)
 * needs. A valid address is printable ASCII only, so it has no invisible character or U+FFFD.
 */
export function isValidEmail(address: string): boolean {
  if (address.length > LIMITS.emailLength || !VALID.test(address)) return false;
  // The domain's last label is all digits only if the address ends in a digit.
  const last = address.charCodeAt(address.length - 1);
  if (last >= 48 && last <= 57 && NUMERIC_TLD.test(address)) return false;
  return address.indexOf("@") <= LIMITS.emailLocalPartLength;
}

/** Says in plain words what is wrong, and offers the address when one is embedded in the text. */
function diagnose(text: string): EmailVerdict {
  const embedded = embeddedAddress(text);
  if (embedded) {
    return { ok: false, problem: `holds more than the address; the address is ${quote(embedded)}`, fix: embedded };
  }
  return { ok: false, problem: problemOf(text) };
}

function problemOf(text: string): string {
  const at = text.split("@").length - 1;
  if (at === 0) return "has no @";
  if (at > 1) return "has more than one @";
  const [local = "", domain = ""] = text.split("@");
  if (/\s/.test(text)) return "contains a space";
  if (!local) return "has nothing before the @";
  if (!domain) return "has nothing after the @";
  if (/[^\u0020-\u007e]/.test(text)) return "contains a non-ASCII character (use the plain-ASCII or xn-- form of the address)";
  if (local.length > LIMITS.emailLocalPartLength) return `has more than ${LIMITS.emailLocalPartLength} characters before the @`;
  if (text.length > LIMITS.emailLength) return `is longer than ${LIMITS.emailLength} characters`;
  if (local.startsWith(".") || local.endsWith(".") || local.includes(".."))
    return "has a dot at the start or end of the name, or two dots in a row";
  if (!domain.includes(".")) return `is missing the end of the domain (like ".com" after ${quote(domain)})`;
  if (domain.includes("..") || domain.endsWith(".") || domain.startsWith("."))
    return "has an empty part in the domain (two dots in a row, or a dot at the start or end)";
  if (NUMERIC_TLD.test(domain)) return "ends in a number instead of a domain name";
  const bad = /[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.@-]/u.exec(text)?.[0];
  if (bad) return `contains the character "${bad}", which email addresses cannot have`;
  return "is not a valid domain (each part may have letters, digits and inner hyphens only)";
}

/** "Ann Lee <ann@x.com>", "mailto:ann@x.com" or "<ann@x.com>": the address inside, if valid. */
function embeddedAddress(text: string): string | null {
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1];
  const mailto = /^mailto:(\S+@\S+)$/i.exec(text.trim())?.[1];
  const candidate = angled ?? mailto;
  return candidate && candidate !== text && VALID.test(candidate) ? candidate : null;
}
