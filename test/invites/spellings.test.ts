// A value maps to a canonical spelling only through case, whitespace and the listed aliases:
// punctuation counts (issue #10: `=Admin`, `@Access` and `ad-min` are unknown values, not Admin).
import fc from "fast-check";
import { LICENSE_ALIASES, LICENSE_TYPES, parseLicenseType, parseRole, ROLES, type LicenseType, type Role } from "../../src/invites";
import { check, ok } from "./check-rows";

const ALIASES: readonly [string, LicenseType][] = LICENSE_TYPES.flatMap((type) =>
  LICENSE_ALIASES[type].map((alias) => [alias, type] as [string, LicenseType]),
);
const LISTED = new Map(ALIASES.map(([alias, type]) => [alias, type]));

/** The alias with random case, and its spaces (and ends) as any run of whitespace. */
function respelt(alias: string): fc.Arbitrary<string> {
  const blank = fc.constantFrom(" ", "  ", "\t", "\u00a0", " \u3000");
  return fc
    .tuple(fc.array(fc.boolean(), { minLength: alias.length, maxLength: alias.length }), blank, fc.option(blank), fc.option(blank))
    .map(([upper, inner, before, after]) => {
      const cased = [...alias]
        .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch))
        .join("")
        .replace(/ /g, inner);
      return `${before ?? ""}${cased}${after ?? ""}`;
    });
}

describe("license types and roles", () => {
  test("any case and any whitespace around or between the words of a listed alias still names its type", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALIASES).chain(([alias, type]) => respelt(alias).map((text) => [text, type] as const)),
        ([text, type]) => {
          expect(parseLicenseType(text)).toBe(type);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a punctuation mark put into a listed alias makes an unknown value, unless the result is listed itself", () => {
    const mark = fc.constantFrom("=", "@", "+", "-", ".", "_", "'", "/", "*", "!");
    fc.assert(
      fc.property(fc.constantFrom(...ALIASES), mark, fc.nat(), ([alias], ch, at) => {
        const i = at % (alias.length + 1);
        const text = alias.slice(0, i) + ch + alias.slice(i);
        expect(parseLicenseType(text)).toBe(LISTED.get(text) ?? null);
      }),
      { numRuns: 500 },
    );
  });

  test("roles: Admin and Member in any case and spacing; with punctuation, not a role", () => {
    const roles: [string, Role | null][] = [
      ["ADMIN", "admin"],
      [" member\t", "member"],
      ["=Admin", null],
      ["ad-min", null],
      ["@Member", null],
      ["Admin.", null],
    ];
    expect(roles.map(([text]) => parseRole(text))).toEqual(roles.map(([, role]) => role));
    expect(ROLES).toEqual(["admin", "member"]);
  });

  test.each([
    ["role", "=Admin", "unknown-role"],
    ["role", "ad-min", "unknown-role"],
    ["licenseType", "@Access", "unknown-license-type"],
    ["licenseType", "Sup-port", "unknown-license-type"],
  ] as const)("%s %s is an error, with no fix: never exported as a canonical spelling", (column, value, code) => {
    const findings = check([ok("a@x.com", { [column]: value })]);
    expect(findings.filter((f) => f.column === column && f.severity === "error")).toEqual([expect.objectContaining({ code })]);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });

  test("Super-Admin and Group-Admin (the team profile's words) are roles an invite cannot set, not unknown words", () => {
    for (const role of ["Super-Admin", "group-admin", "Super Admin"]) {
      expect(check([ok("a@x.com", { role })])[0]?.message).toMatch(/cannot be set by an invite/);
    }
  });
});
