// Large sheets: one edit costs at most two syncs whatever the size; a full check reads and writes
// in chunks, every request and response under Excel on the web's 5 MB limit, in O(N / chunk) syncs.
import { sampleSheet } from "../../src/invites";
import { startLiveValidation } from "../../src/workbook";
import { READ_CHUNK_ROWS } from "../../src/workbook/excel/chunking";
import { expectSheetMatchesRules, grid, setUp } from "./helpers";

const LIMIT = 5 * 1024 * 1024;
const ROWS = 50_000;

test("50,000 rows: a full check stays under 5 MB per request in O(N / chunk) syncs; one edit costs at most 2 syncs", async () => {
  const excel = await setUp({ host: "web" });
  excel.user.paste("Invites!A3", grid(sampleSheet(ROWS, 1_500).rows));
  excel.stats.reset();
  const live = await startLiveValidation(excel.run);
  const first = excel.stats.snapshot();
  expect(first.failedSyncs).toBe(0);
  expect(first.maxRequestBytes).toBeLessThan(LIMIT);
  expect(first.maxResponseBytes).toBeLessThan(LIMIT);
  // Locate + register, ceil(N / chunk) reads, and a few write batches.
  expect(first.syncs).toBeLessThanOrEqual(2 + Math.ceil((ROWS + 1) / READ_CHUNK_ROWS) + 3);

  for (const [address, value] of [
    ["Invites!A25000", "broken@example"],
    ["Invites!C25001", "New Name"],
    ["Invites!A25000", "fixed@example.com"],
    ["Invites!A50001", "USER1.ANN@example.com"],
  ] as const) {
    excel.stats.reset();
    excel.user.type(address, value);
    await excel.settle();
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
  }
  expectSheetMatchesRules(excel);
  await live.stop();
});

test("a response over the payload limit is read again in smaller chunks", async () => {
  // A tight limit stands in for rows of long text: the first chunk's response is too large.
  const excel = await setUp({ host: "web", payloadLimitBytes: 200_000 });
  excel.user.paste("Invites!A3", grid(sampleSheet(8_000, 100).rows));
  const live = await startLiveValidation(excel.run);
  expect(excel.stats.failedSyncs).toBeGreaterThan(0);
  expect(live.summary().rows).toBe(8_000);
  expectSheetMatchesRules(excel);
  await live.stop();
});
