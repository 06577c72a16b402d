// The small pieces of the Excel plumbing: addresses and chunked reads and writes.
import { addressKey, areaAddress, parseArea } from "../../src/workbook/excel/a1";
import { batchByBytes, readInChunks } from "../../src/workbook/excel/chunking";

test("A1 areas as events report them", () => {
  expect(parseArea("B5")).toEqual({ r0: 4, r1: 4, c0: 1, c1: 1 });
  expect(parseArea("Invites!$A$2:$F$10")).toEqual({ r0: 1, r1: 9, c0: 0, c1: 5 });
  expect(parseArea("'My sheet'!5:7")).toMatchObject({ r0: 4, r1: 6, c0: 0, c1: 16_383 });
  expect(parseArea("B:D")).toMatchObject({ r0: 0, r1: 1_048_575, c0: 1, c1: 3 });
  expect(parseArea("B5:A")).toBeNull();
  expect(areaAddress({ r0: 0, r1: 9, c0: 26, c1: 27 })).toBe("AA1:AB10");
  expect(addressKey("Invites!$f$2")).toBe("F2");
});

test("chunked reads halve a chunk whose response is too large, and other errors propagate", async () => {
  const seen: number[] = [];
  const rows = await readInChunks(
    0,
    10,
    async (start, count) => {
      seen.push(count);
      if (count > 3) throw Object.assign(new Error("too big"), { code: "ResponsePayloadSizeLimitExceeded" });
      return Array.from({ length: count }, (_, i) => start + i);
    },
    8,
  );
  expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(seen.slice(0, 3)).toEqual([8, 4, 2]);
  await expect(
    readInChunks(0, 5, async () => {
      throw new Error("ItemNotFound");
    }),
  ).rejects.toThrow("ItemNotFound");
});

test("writes are batched under the byte budget, in order", () => {
  const ops = [5, 5, 5, 12, 1].map((bytes, i) => ({ bytes, i }));
  expect(batchByBytes(ops, 10).map((b) => b.map((o) => o.i))).toEqual([[0, 1], [2], [3], [4]]);
});
