// Request accounting and Excel on the web's 5 MB payload limit for requests and responses:
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// Error codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded:
// https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes
// https://learn.microsoft.com/office/dev/add-ins/excel/performance
import { failure, sim } from "./helpers";

const bigRows = (rows: number, width = 6, len = 20) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => `${r}-${c}-`.padEnd(len, "x")));

describe("accounting", () => {
  test("counts round trips and actions; an empty sync is not a round trip", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      await context.sync();
      sheet.getRange("A1").values = [["a"]];
      sheet.getRange("A2").values = [["b"]];
      sheet.getRange("A1:A2").load("values");
      await context.sync();
    });
    expect(x.stats.snapshot()).toMatchObject({ runs: 1, syncs: 1, operations: 3 });
  });

  test("request bytes grow with what is written; response bytes with what is loaded", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:F100").values = bigRows(100);
      await context.sync();
    });
    const write = x.stats.history[0];
    expect(write?.requestBytes).toBeGreaterThan(100 * 6 * 20);
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:F100").load("values");
      await context.sync();
    });
    const read = x.stats.history[1];
    expect(read?.requestBytes).toBeLessThan(1000);
    expect(read?.responseBytes).toBeGreaterThan(100 * 6 * 20);
    expect(x.stats.maxRequestBytes).toBe(write?.requestBytes);
  });

  // setRangePropertiesInBulk (office-js dist): _ValidateArraySize, then one set per chunk of
  // max(1, round(1500 / 6)) = 250 rows: 1 + 4 actions.
  test("large writes count as Office.js's size check plus its 1,500-cell chunks", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:F1000").values = bigRows(1000, 6, 2);
      await context.sync();
    });
    expect(x.stats.operations).toBe(5);
  });

  test("a request over 5 MB fails on the web with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    const x = sim();
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:F50000").values = bigRows(50_000);
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(x.user.value("A1")).toBe("");
    expect(x.stats.failedSyncs).toBe(1);
  });

  test("the same request succeeds on desktop", async () => {
    const x = sim({ host: "desktop" });
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:F50000").values = bigRows(50_000);
      await context.sync();
    });
    expect(x.user.value("F50000")).toBe("49999-5-xxxxxxxxxxxx");
    expect(x.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded; chunked reads pass", async () => {
    const x = sim();
    x.user.paste("A1", bigRows(50_000));
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:F50000").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    x.stats.reset();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      for (let r = 0; r < 50_000; r += 10_000) {
        sheet.getRangeByIndexes(r, 0, 10_000, 6).load("values");
        await context.sync();
      }
    });
    expect(x.stats.syncs).toBe(5);
    expect(x.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test("payloadLimitBytes overrides the limit", async () => {
    const x = sim({ payloadLimitBytes: 1000 });
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:F100").values = bigRows(100);
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("snapshot() is a copy; reset() starts over", async () => {
    const x = sim();
    x.user.type("A1", "1");
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("values");
      await context.sync();
    });
    const snap = x.stats.snapshot();
    expect(snap).toMatchObject({ syncs: 1, userActions: 1 });
    x.stats.reset();
    expect(x.stats.snapshot()).toMatchObject({ syncs: 0, operations: 0, payloadBytes: 0, userActions: 0 });
    expect(snap.syncs).toBe(1);
    expect(x.stats.history).toEqual([]);
  });
});
