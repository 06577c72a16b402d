import { finding } from "../finding";
import type { LicenseType } from "../importer-format";
import { ACCEPTED_LICENSE_WORDS, licenseSpelling, parseLicenseType } from "../spellings";
import { fixAdvice } from "../surface";
import type { ResolvedTeam } from "../team-profile";
import { quote, type RowRule } from "./rule";

/** The license a row will get: its own, or the article's default for a blank cell. */
export function resolveLicense(text: string, team: ResolvedTeam): LicenseType | null {
  const value = text.trim();
  return value ? parseLicenseType(value) : team.defaultLicense;
}

/** unknown-license-type, license-not-in-plan, non-canonical. */
export const checkLicenseType: RowRule = (row, rowNumber, team, out, surface) => {
  const value = row.licenseType.trim();
  const type = resolveLicense(value, team);
  if (value && type === null) {
    out.push(
      finding(
        "unknown-license-type",
        rowNumber,
        "licenseType",
        `${quote(value)} is not a license type. Use Access (also called Remote Access or End user) or ` +
          `Support (also called Technician), or leave it blank for ${blankMeans(team)}.`,
      ),
    );
    return;
  }
  if (type === null) {
    out.push(
      finding(
        "license-not-in-plan",
        rowNumber,
        "licenseType",
        "Your team has no Access or Support licenses, so Splashtop cannot invite anyone. Add licenses to your plan first.",
      ),
    );
    return;
  }
  if (!team.seats.has(type)) {
    out.push(
      finding(
        "license-not-in-plan",
        rowNumber,
        "licenseType",
        `Your plan has no ${licenseSpelling(type)} licenses, so Splashtop will refuse this row. ` + `Use ${otherTypes(team)}.`,
      ),
    );
    return;
  }
  const canonical = licenseSpelling(type);
  if (value && value !== canonical) {
    out.push(
      finding(
        "non-canonical",
        rowNumber,
        "licenseType",
        `${quote(value)} means ${canonical}; the file will say "${canonical}". ${fixAdvice(surface, "write it that way")}`,
        canonical,
      ),
    );
  }
};

function blankMeans(team: ResolvedTeam): string {
  return team.defaultLicense ? licenseSpelling(team.defaultLicense) : "the default";
}

function otherTypes(team: ResolvedTeam): string {
  const types = [...team.seats.keys()].map(licenseSpelling);
  return types.length ? `${types.join(" or ")}, or leave the cell blank` : ACCEPTED_LICENSE_WORDS;
}
