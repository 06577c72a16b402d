// Requirement sets on a simulated host.
// isSetSupported: `RequirementMatrix._isSetSupported` in node_modules/@microsoft/office-js/dist/
// excel-web-16.00.debug.js (case-insensitive names; no version means any; major.minor compared as
// numbers). ApiNotFound: `CommonUtility.throwIfApiNotSupported` (same file) with the message
// L_ApiNotFoundDetails of dist/en-us/office_strings.debug.js, thrown on the client before anything
// is queued. Sets per API: the `[Api set: ...]` remarks of @types/office-js; deleteRowsAt is
// "ExcelApiOnline 1.1" (Excel on the web only).
import fc from "fast-check";
import { officeShim, parseSetsParam } from "../../src/excel-sim";
import { isSetSupported, resolveSets } from "../../src/excel-sim/requirements";
import { sim, thrown } from "./helpers";

describe("isSetSupported", () => {
  test("answers like Office's RequirementMatrix: case-insensitive, any version when none is asked, numeric minor versions", () => {
    const sets = resolveSets("web", { ExcelApi: "1.12" });
    expect(isSetSupported(sets, "excelapi", "1.9")).toBe(true);
    expect(isSetSupported(sets, "ExcelApi", "1.12")).toBe(true);
    expect(isSetSupported(sets, "ExcelApi", "1.13")).toBe(false);
    expect(isSetSupported(sets, "ExcelApi", "1.2")).toBe(true);
    expect(isSetSupported(sets, "ExcelApi")).toBe(true);
    expect(isSetSupported(sets, "ExcelApi", "2.0")).toBe(false);
    expect(isSetSupported(sets, "WordApi", "1.1")).toBe(false);
    // The number overload reads 1.10 as "1.1" (String(1.10) === "1.1"), as Office does.
    expect(isSetSupported(resolveSets("web", { ExcelApi: "1.9" }), "ExcelApi", 1.1)).toBe(true);
  });

  test("property: a host offering 1.k supports exactly the versions 1.0 .. 1.k", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), (have, want) => {
        const sets = resolveSets("desktop", { ExcelApi: `1.${have}` });
        expect(isSetSupported(sets, "ExcelApi", `1.${want}`)).toBe(want <= have);
      }),
    );
  });

  test("web offers ExcelApiOnline, desktop does not; overrides add, lower or remove sets", () => {
    expect(sim({ host: "web" }).requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
    expect(sim({ host: "desktop" }).requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    const old = sim({ requirementSets: { ExcelApi: "1.9", ExcelApiOnline: null } });
    expect([
      old.requirements.isSetSupported("ExcelApi", "1.9"),
      old.requirements.isSetSupported("ExcelApi", "1.10"),
      old.requirements.isSetSupported("ExcelApiOnline"),
    ]).toEqual([true, false, false]);
  });
});

describe("APIs above the host's sets throw ApiNotFound at once, as Office.js does", () => {
  test("Worksheet.getRanges (ExcelApi 1.9) on an ExcelApi 1.8 host", async () => {
    const x = sim({ requirementSets: { ExcelApi: "1.8" } });
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const err = thrown(() => sheet.getRanges("A1, B2"));
      expect(err).toMatchObject({ code: "ApiNotFound" });
      expect(err.message).toBe(
        "The method or property Worksheet.getRanges is part of the ExcelApi 1.9 requirement set, which is not available in your version of Excel.",
      );
      expect((context as unknown as { pendingActions: number }).pendingActions).toBe(0);
    });
  });

  test("TableRowCollection.deleteRowsAt is web-only (ExcelApiOnline 1.1)", async () => {
    for (const host of ["web", "desktop"] as const) {
      const x = sim({ host });
      x.user.paste("A1", [["h"], ["1"], ["2"]]);
      await x.run(async (context) => {
        const rows = context.workbook.tables.add("A1:A3", true).rows;
        if (host === "web") rows.deleteRowsAt(0, 1);
        else expect(thrown(() => rows.deleteRowsAt(0, 1)).code).toBe("ApiNotFound");
        await context.sync();
      });
      expect(x.user.table("Table1")?.rowCount).toBe(host === "web" ? 1 : 2);
    }
  });

  test("events, freeze panes, getRangeByIndexes (1.7), data validation (1.8) and OrNullObject getters (1.4) are gated", async () => {
    const x = sim({ requirementSets: { ExcelApi: "1.3" } });
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const attempts = [
        () => sheet.onChanged,
        () => sheet.freezePanes,
        () => sheet.getRangeByIndexes(0, 0, 1, 1),
        () => sheet.getRange("A1").dataValidation,
        () => context.workbook.worksheets.getItemOrNullObject("x"),
        () => context.workbook.tables.getItemOrNullObject("x"),
        () => context.runtime,
      ];
      expect(attempts.map((f) => thrown(f).code)).toEqual(new Array(attempts.length).fill("ApiNotFound"));
      sheet.getRange("A1").values = [["1.1 still works"]];
      await context.sync();
    });
    expect(x.user.value("A1")).toBe("1.1 still works");
  });
});

describe("the Office shim for hosts built on the simulator", () => {
  test("platform and requirement sets follow the simulated host", async () => {
    const web = officeShim(sim({ host: "web", requirementSets: { ExcelApi: "1.9" } }));
    const desktop = officeShim(sim({ host: "desktop" }));
    expect([web.context.platform, desktop.context.platform]).toEqual(["OfficeOnline", "PC"]);
    expect([
      web.context.requirements.isSetSupported("ExcelApi", "1.14"),
      desktop.context.requirements.isSetSupported("ExcelApi", "1.14"),
    ]).toEqual([false, true]);
    await expect(web.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
  });

  test("?sets= in a page's address overrides sets: a version, or - to remove one", () => {
    expect(parseSetsParam("ExcelApi:1.9,ExcelApiOnline:-, bad, :1.2")).toEqual({ ExcelApi: "1.9", ExcelApiOnline: null });
    expect(parseSetsParam(null)).toEqual({});
  });
});
