// The CLI's counts read as en-US writes them ("12,345 rows"), without loading the locale data
// that toLocaleString needs (a fifth of a one-shot command's start).
import fc from "fast-check";
import { grouped, plural } from "../../src/cli/report";

describe("counts in the CLI's messages", () => {
  it("group digits in threes with commas, exactly as toLocaleString('en-US') does, for any count", () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer({ min: 0, max: 10_000_000 })), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString("en-US"));
      }),
      { numRuns: 2000 },
    );
  });

  it("say one row, and other counts in the plural", () => {
    expect(plural(1, "row")).toBe("1 row");
    expect(plural(0, "row")).toBe("0 rows");
    expect(plural(1234567, "error")).toBe("1,234,567 errors");
  });
});
