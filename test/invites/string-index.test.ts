// firstOccurrences: for every text, the first earlier text that is the same once case and outer
// spaces are set aside (what makes an account a duplicate), exactly as comparing every pair would.
import fc from "fast-check";
import { firstOccurrences } from "../../src/invites/string-index";

/** The definition, pair by pair: the earliest earlier text whose trimmed form matches ignoring case. */
function naive(texts: readonly (string | null)[]): number[] {
  return texts.map((text, i) => {
    if (text === null) return -1;
    const t = text.trim();
    for (let j = 0; j < i; j++) {
      const other = texts[j];
      if (other === null || other === undefined) continue;
      const o = other.trim();
      if (o === t || (o.length === t.length && o.toLowerCase() === t.toLowerCase())) return j;
    }
    return -1;
  });
}

// Few distinct letters, so texts repeat often; case, spaces and letters beyond ASCII included.
const text = fc.string({ unit: fc.constantFrom("a", "A", "b", "B", " ", "\t", "é", "É", "K", "\u212a", "İ", "i", "@"), maxLength: 4 });
const texts = fc.array(fc.option(text, { nil: null, freq: 5 }), { maxLength: 60 });

describe("firstOccurrences", () => {
  it("points each text at the first earlier text equal to it ignoring case and outer spaces, as comparing all pairs does", () => {
    fc.assert(
      fc.property(texts, (list) => {
        expect([...firstOccurrences(list.length, (i) => list[i] ?? null)]).toEqual(naive(list));
      }),
      { numRuns: 1000 },
    );
  });

  it("a text repeated thousands of times, among others: each repeat points at the first", () => {
    const list = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? ` Ann@Example.com ` : `user${i}@example.com`));
    const first = firstOccurrences(list.length, (i) => list[i] ?? null);
    list.forEach((_, i) => expect(first[i]).toBe(i % 3 === 0 && i > 0 ? 0 : -1));
  });
});
