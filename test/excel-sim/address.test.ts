// Office-style addresses: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
import { columnIndex, columnLetters, formatAddress, parseAreas, parseRef, MAX_ROWS } from "../../src/excel-sim/address";

describe("addresses", () => {
  test("column letters round-trip across the one/two/three-letter boundaries", () => {
    for (const [i, s] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
    }
  });

  test("formats like Office: sheet!A1:C3, single cell without a colon, quoted names with spaces", () => {
    expect(formatAddress("Sheet1", { r0: 0, c0: 0, r1: 2, c1: 2 })).toBe("Sheet1!A1:C3");
    expect(formatAddress("Sheet1", { r0: 4, c0: 1, r1: 4, c1: 1 })).toBe("Sheet1!B5");
    expect(formatAddress("My Sheet", { r0: 0, c0: 0, r1: 0, c1: 0 })).toBe("'My Sheet'!A1");
    expect(formatAddress("O'Brien list", { r0: 0, c0: 0, r1: 0, c1: 0 })).toBe("'O''Brien list'!A1");
    expect(formatAddress("S", { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: 1 })).toBe("S!A:B");
  });

  test("parses sheet-qualified, absolute, whole-column and whole-row references", () => {
    expect(parseRef("'My Sheet'!$B$2:$C$9")).toEqual({ sheet: "My Sheet", r0: 1, c0: 1, r1: 8, c1: 2 });
    expect(parseRef("=Lists!$A$2:$A$50")).toEqual({ sheet: "Lists", r0: 1, c0: 0, r1: 49, c1: 0 });
    expect(parseRef("C:C")).toMatchObject({ r0: 0, r1: MAX_ROWS - 1, c0: 2, c1: 2 });
    expect(parseRef("3:4")).toMatchObject({ r0: 2, r1: 3, c0: 0 });
    expect(parseRef("B3:A1")).toMatchObject({ r0: 0, c0: 0, r1: 2, c1: 1 });
  });

  test("rejects what is not an address", () => {
    for (const bad of ["", "A", "1", "A0", "XFE1", "A1:B2:C3", "hello world"]) expect(parseRef(bad)).toBeUndefined();
  });

  test("getRanges-style lists split on commas or semicolons", () => {
    expect(parseAreas("A1:B2, D4")?.length).toBe(2);
    expect(parseAreas("A1;C3")?.length).toBe(2);
    expect(parseAreas("A1, nope")).toBeUndefined();
  });
});
