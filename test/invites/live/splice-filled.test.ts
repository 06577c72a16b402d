// spliceFilled does what Array.prototype.splice with spread items does, for any sizes.
import fc from "fast-check";
import { spliceFilled } from "../../../src/invites";

test("the same list as splice(at, remove, ...fresh)", () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.nat(40), fc.nat(40), fc.nat(40), (list, at, remove, count) => {
      const expected = list.slice();
      let n = 0;
      expected.splice(at, remove, ...Array.from({ length: count }, () => -1 - n++));
      const actual = list.slice();
      let m = 0;
      spliceFilled(actual, at, remove, count, () => -1 - m++);
      expect(actual).toEqual(expected);
    }),
  );
});

test("200,000 new items at once, where a spread would overflow the call stack", () => {
  const list = [1, 2, 3];
  spliceFilled(list, 1, 1, 200_000, () => 0);
  expect(list.length).toBe(200_002);
  expect([list[0], list[1], list[200_000], list[200_001]]).toEqual([1, 0, 0, 3]);
});
