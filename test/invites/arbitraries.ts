// Rows as people type and paste them: addresses with spaces, names and pasted invisible
// characters around them, groups spelt several ways, license types and roles in every spelling
// (punctuation included), text that starts like a formula, damaged text, blank rows.
import fc from "fast-check";
import type { InviteRow, TeamProfile } from "../../src/invites";

const user = fc.constantFrom("ann", "bo", "cy", "dee", "ed", "=x", "o'neil");
const address = user.map((u) => `${u}@example.com`);

export const account: fc.Arbitrary<string> = fc.oneof(
  address,
  address.map((a) => ` ${a} `),
  address.map((a) => a.toUpperCase()),
  address.map((a) => `Ann Lee <${a}>`),
  address.map((a) => `=HYPERLINK <${a}>`),
  address.map((a) => `${a}\u200b`),
  address.map((a) => `\t${a}`),
  fc.constantFrom("", "  ", "not-an-address", "bo@example", "zo\ufffd@example.com", "+ann@example.com"),
);

export const group = fc.constantFrom(
  "",
  "Sales",
  "sales",
  " SALES ",
  "apac",
  " APAC ",
  "Apac",
  "=Ops",
  "=OPS",
  "Lab PCs",
  "Field\u200bOps",
  "x".repeat(70),
);
export const displayName = fc.constantFrom(
  "",
  "Ann Lee",
  " Ann Lee",
  "Ann\nLee",
  "\tAnn",
  "Zo\u00eb",
  "Zo\ufffd",
  "=1+2",
  " =1+2 ",
  "@home",
  "-",
  "+44 20",
  "Ann\u200b",
  "\t=cmd",
  "x".repeat(200),
);
export const licenseType = fc.constantFrom(
  "",
  "Access",
  "access",
  " Support ",
  "technician",
  "End user",
  "end-user",
  "=Access",
  "@Access",
  "Sup-port",
  "Premium",
  "remote  ACCESS",
);
export const role = fc.constantFrom("", "Admin", "admin", " MEMBER ", "=Admin", "ad-min", "Owner", "super-admin", "@Member");

export const messyRow: fc.Arbitrary<InviteRow> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ account, group, displayName, licenseType, role }) },
  { weight: 1, arbitrary: fc.constant({ account: "", group: "", displayName: "", licenseType: "", role: "" }) },
);

export const rows = fc.array(messyRow, { maxLength: 12 });

export const team: fc.Arbitrary<TeamProfile> = fc.oneof(
  fc.constant<TeamProfile>({}),
  fc.record({
    inviterRole: fc.constantFrom<NonNullable<TeamProfile["inviterRole"]>>("owner", "admin"),
    licenses: fc.constantFrom<NonNullable<TeamProfile["licenses"]>>({ access: 3, support: null }, { support: 2 }),
    userGroups: fc.constantFrom<string[]>([], ["Sales"], ["SALES", "HR"]),
    computerGroups: fc.constantFrom<string[]>([], ["Lab PCs"]),
    maxGroups: fc.constantFrom(0, 2, 2000),
  }),
);
