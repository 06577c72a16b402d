// The CSV path's notes: the Enterprise license note matters when a row asks for a Support
// (Technician) license in any accepted spelling, and not for access-only lists.
import { AFTER_CSV_EXPORT, ENTERPRISE_LICENSE_WARNING, needsEnterpriseLicenseWarning } from "../../src/invites/console-notes";
import type { InviteRow } from "../../src/invites/row";

const row = (licenseType: string): InviteRow => ({ account: "a@example.com", group: "", displayName: "", licenseType, role: "" });

test("a row asking for Support in any spelling brings the Enterprise note; access-only and blank rows do not", () => {
  for (const spelling of ["Support", "technician", " Remote Support ", "TECHNICIAN"])
    expect(needsEnterpriseLicenseWarning([row(""), row(spelling)])).toBe(true);
  for (const rows of [[], [row("")], [row("Access"), row("End user"), row("remote access")], [row("Suport")]])
    expect(needsEnterpriseLicenseWarning(rows)).toBe(false);
});

test("the notes say what the article says, and where it says it", () => {
  expect(AFTER_CSV_EXPORT.lines.join(" ")).toMatch(/one file at a time.*emailed the results.*Logs \/ History/);
  expect(ENTERPRISE_LICENSE_WARNING.lines.join(" ")).toMatch(
    /Remote Access license type, whatever the License type column says.*Technician/,
  );
  expect([...AFTER_CSV_EXPORT.sources, ...ENTERPRISE_LICENSE_WARNING.sources].join(" ")).toMatch(
    /40507055085467.*360052016792.*40507055085467/,
  );
});
