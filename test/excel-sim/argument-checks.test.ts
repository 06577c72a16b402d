// Arguments Excel refuses or reads in a particular way, each from the API's doc comment in
// @types/office-js unless said otherwise:
// - Worksheet.getRange: "The `address` has a limit of 8192 characters. If the address exceeds the
//   character limit, this method returns an `InvalidArgument` error." (held for getRanges too)
// - TableRowCollection.add: "If null or -1, the addition happens at the end."
// - RangeFill.color: "HTML color code ... in the form #RRGGBB ... or as a named HTML color"; null is
//   not one (`values = null` likewise reaches Excel as an invalid argument: the office-js runtime
//   sends it as is, `_invokeSetProperty`).
// - Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will
//   fail with an `InvalidOperation` exception."
// - RangeFill.color over several areas reads null when they differ ("Reading a format over cells that
//   differ returns null").
import { failure, sim } from "./helpers";

describe("argument checks", () => {
  test("getRanges and getRange accept an address of 8,192 characters and refuse a longer one (InvalidArgument)", async () => {
    const list = (length: number) => {
      let out = "A1";
      for (let i = 2; out.length + `,A${i}`.length <= length; i++) out += `,A${i}`;
      return out.padEnd(length, " ");
    };
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const areas = sheet.getRanges(list(8192)).load("areaCount");
      const one = sheet.getRange("A1".padStart(8192, " ")).load("address");
      await context.sync();
      expect([areas.areaCount > 1000, one.address]).toEqual([true, "Sheet1!A1"]);
    });
    for (const get of [
      (s: Excel.Worksheet) => s.getRanges(list(8193)).load("address"),
      (s: Excel.Worksheet) => s.getRange("A1".padStart(8193, " ")).load("address"),
    ]) {
      const err = await failure(
        x.run(async (context) => {
          get(context.workbook.worksheets.getActiveWorksheet());
          await context.sync();
        }),
      );
      expect(err.code).toBe("InvalidArgument");
      expect(err.message).toContain("8192");
    }
  });

  test("rows.add(-1, values) adds at the end, like rows.add(null, values)", async () => {
    const x = sim();
    x.user.paste("A1", [["Email"], ["a@x.com"], ["b@x.com"]]);
    await x.run(async (context) => {
      const t = context.workbook.tables.add("A1:A3", true);
      t.rows.add(-1, [["c@x.com"]]);
      t.rows.add(null as unknown as undefined, [["d@x.com"]]);
      await context.sync();
    });
    expect(x.user.values("A2:A5").flat()).toEqual(["a@x.com", "b@x.com", "c@x.com", "d@x.com"]);
    const err = await failure(
      x.run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(-2, [["e"]]);
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("values = null and fill.color = null (or '' or a non-color) fail at sync with InvalidArgument", async () => {
    const writes: ((r: Excel.Range) => void)[] = [
      (r) => {
        r.values = null as unknown as unknown[][];
      },
      (r) => {
        r.format.fill.color = null as unknown as string;
      },
      (r) => {
        r.format.fill.color = "";
      },
      (r) => {
        r.format.fill.color = "not a colour";
      },
      (r) => {
        r.format.font.color = null as unknown as string;
      },
    ];
    for (const write of writes) {
      const x = sim();
      x.user.type("A1", "keep");
      const err = await failure(
        x.run(async (context) => {
          const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
          expect(() => write(r)).not.toThrow();
          await context.sync();
        }),
      );
      expect(err.code).toBe("InvalidArgument");
      expect([x.user.value("A1"), x.user.fill("A1")]).toEqual(["keep", undefined]);
    }
  });

  test("fill.clear() is how a fill goes; named colours are accepted and read back as #RRGGBB", async () => {
    const x = sim();
    await x.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1:A2");
      r.format.fill.color = "orange";
      await context.sync();
      const fill = r.format.fill.load("color");
      await context.sync();
      expect(fill.color).toBe("#FFA500");
      r.format.fill.clear();
      await context.sync();
    });
    expect(x.user.fill("A1")).toBeUndefined();
  });

  test("a very hidden sheet cannot be deleted (InvalidOperation) until it is made Hidden or Visible", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.add("Lists").visibility = "VeryHidden";
      await context.sync();
    });
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getItem("Lists").delete();
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
    await x.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("Lists");
      lists.visibility = "Hidden";
      lists.delete();
      await context.sync();
    });
    expect(x.user.sheetNames()).toEqual(["Sheet1"]);
  });

  test("a fill read over several areas is null when any area differs, even one far below the styled rows", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("B2").format.fill.color = "#FFC7CE";
      sheet.getRange("B4").format.fill.color = "#FFC7CE";
      const mixed = sheet.getRanges("B2, B500").format.fill.load("color");
      const same = sheet.getRanges("B2, B4").format.fill.load("color");
      const none = sheet.getRanges("C700, D900").format.fill.load("color");
      await context.sync();
      expect([mixed.color, same.color, none.color]).toEqual([null, "#FFC7CE", "#FFFFFF"]);
    });
  });
});
