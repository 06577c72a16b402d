// fast-check arbitraries for cell text that stresses CSV: quotes, delimiters, CR, LF, BOM, spaces at
// the ends, non-breaking and zero-width spaces, accents, CJK, emoji (astral plane), formula starts.
import fc from "fast-check";
import type { InviteRow } from "../../src/invites";

export const NASTY = [
  '"',
  '""',
  ",",
  ";",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "\ufeff",
  " ",
  "  ",
  "é",
  "ü",
  "李",
  "😀",
  "👩‍💻",
  "=",
  "+",
  "@",
  "'",
  "\u00a0",
  "\u200b",
  "\u2028",
];

const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 4, arbitrary: fc.constantFrom(..."abcXYZ019@.-_") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
);

/** Text a real file can carry: any valid Unicode except NUL (a NUL byte makes a file binary). */
export const cellText = fc.oneof(
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 4, arbitrary: fc.string({ unit: char, maxLength: 12 }).map((s) => s.replace(/\0/g, "")) },
);

/** Any JavaScript string at all, lone surrogates and NUL included (for comparing with papaparse). */
export const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: fc.string({ unit: char, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

export function rowArbitrary(text: fc.Arbitrary<string>): fc.Arbitrary<InviteRow> {
  return fc.record({ account: text, group: text, displayName: text, licenseType: text, role: text });
}
