// Data validation: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// List source: https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation
// Excel's Stop alert when typing a value outside the list ("This value doesn't match the data
// validation restrictions defined for this cell."); pasting bypasses validation:
// https://support.microsoft.com/office/apply-data-validation-to-cells-29fecbcc-d1b9-42c1-9d76-eff3ce5f7249
import { failure, sim } from "./helpers";

async function roleDropdown(x: ReturnType<typeof sim>, source = "Admin,Member"): Promise<void> {
  await x.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange("B2:B100").dataValidation.rule = {
      list: { inCellDropDown: true, source },
    };
    await context.sync();
  });
}

describe("data validation", () => {
  test("a list rule reads back with type List; clear() removes it", async () => {
    const x = sim();
    await roleDropdown(x);
    await x.run(async (context) => {
      const dv = context.workbook.worksheets.getActiveWorksheet().getRange("B2:B100").dataValidation;
      dv.load("type, rule, ignoreBlanks");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule.list).toEqual({ inCellDropDown: true, source: "Admin,Member" });
      expect(dv.ignoreBlanks).toBe(true);
      dv.clear();
      dv.load("type");
      await context.sync();
      expect(dv.type).toBe("None");
    });
    expect(x.user.validation("B2")).toBeUndefined();
  });

  test("typing a value outside the list is rejected like Excel's Stop alert; in-list values are case-insensitive", async () => {
    const x = sim();
    await roleDropdown(x);
    const rejected = x.user.type("B2", "Owner");
    expect(rejected).toEqual({
      accepted: false,
      alert: {
        style: "Stop",
        title: "Microsoft Excel",
        message: "This value doesn't match the data validation restrictions defined for this cell.",
      },
    });
    expect(x.user.value("B2")).toBe("");
    expect(x.user.type("B3", "admin").accepted).toBe(true);
    expect(x.user.value("B3")).toBe("admin");
    expect(x.user.type("B3", "").accepted).toBe(true);
  });

  test("a Warning alert lets the value in (the user answers Yes)", async () => {
    const x = sim();
    await roleDropdown(x);
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("B2:B100").dataValidation.errorAlert = {
        style: "Warning",
        showAlert: true,
        title: "Role",
        message: "Pick Admin or Member",
      };
      await context.sync();
    });
    const res = x.user.type("B2", "Owner");
    expect(res.accepted).toBe(true);
    expect(res.alert?.message).toBe("Pick Admin or Member");
  });

  // DataValidation.valid (@types/office-js): "Returns `true` if all cell values are valid, or `false`
  // if all cell values are invalid. Returns `null` if there are both valid and invalid cell values."
  test("paste bypasses validation: the invalid value stays; valid is false on it, null over mixed cells, true over valid ones", async () => {
    const x = sim();
    await roleDropdown(x);
    x.user.paste("B2", [["Owner"], ["Member"]]);
    expect(x.user.value("B2")).toBe("Owner");
    expect(x.user.validation("B2")?.valid).toBe(false);
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const [mixed, bad, good] = ["B2:B100", "B2", "B3:B100"].map((a) => sheet.getRange(a).dataValidation.load("valid"));
      const invalid = sheet.getRange("B2:B100").dataValidation.getInvalidCellsOrNullObject().load("address");
      await context.sync();
      expect([mixed?.valid, bad?.valid, good?.valid]).toEqual([null, false, true]);
      expect(invalid.address).toBe("Sheet1!B2");
    });
  });

  test("range sources (=Lists!$A$2:$A$50) read the list from the sheet, even a very hidden one", async () => {
    const x = sim();
    await x.run(async (context) => {
      const lists = context.workbook.worksheets.add("Lists");
      lists.getRange("A2:A3").values = [["Sales"], ["Support"]];
      lists.visibility = "VeryHidden";
      context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Lists!$A$2:$A$50" },
      };
      await context.sync();
    });
    expect(x.user.validation("C2")).toMatchObject({ items: ["Sales", "Support"], source: "=Lists!$A$2:$A$50" });
    expect(x.user.type("C2", "Marketing").accepted).toBe(false);
    expect(x.user.type("C2", "support").accepted).toBe(true);
  });

  test("a Range object as source is stored as an absolute reference", async () => {
    const x = sim();
    await x.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("E1:E2").values = [["x"], ["y"]];
      sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange("E1:E2") as never } };
      await context.sync();
    });
    expect(x.user.validation("A1")?.source).toBe("=Sheet1!$E$1:$E$2");
  });

  test("a literal list longer than 255 characters is refused", async () => {
    const x = sim();
    const err = await failure(roleDropdown(x, Array.from({ length: 60 }, (_, i) => `Group${i}`).join(",")));
    expect(err.code).toBe("InvalidArgument");
  });

  test("pick() chooses from the dropdown; a value not in the list or a cell without dropdown is an error", async () => {
    const x = sim();
    await roleDropdown(x);
    x.user.pick("B2", "Member");
    expect(x.user.value("B2")).toBe("Member");
    expect(() => x.user.pick("B2", "Owner")).toThrow(/not in the dropdown/);
    expect(() => x.user.pick("D2", "Member")).toThrow(/no in-cell dropdown/);
  });

  test("validation on whole columns covers every row", async () => {
    const x = sim();
    await x.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("D:D").dataValidation.rule = {
        list: { inCellDropDown: true, source: "A,B" },
      };
      await context.sync();
    });
    expect(x.user.type("D49999", "C").accepted).toBe(false);
    expect(x.user.type("E49999", "C").accepted).toBe(true);
  });

  test("inserted rows inherit the validation of the row above, as Excel's Insert does", async () => {
    const x = sim();
    await roleDropdown(x);
    x.user.insertRows("Sheet1", 3, 2);
    expect(x.user.validation("B4")?.source).toBe("Admin,Member");
  });

  // office-js#2594: setting a rule over cells whose validation differs fails with InvalidArgument;
  // Office's samples call dataValidation.clear() first.
  test("a rule cannot be set over cells with different validation until the range is cleared", async () => {
    const x = sim();
    await roleDropdown(x);
    const err = await failure(
      x.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("B1:B10").dataValidation.rule = {
          list: { inCellDropDown: true, source: "A,B" },
        };
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(x.user.validation("B1")).toBeUndefined();
    await x.run(async (context) => {
      const dv = context.workbook.worksheets.getActiveWorksheet().getRange("B1:B10").dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: "A,B" } };
      await context.sync();
    });
    expect([x.user.validation("B1")?.source, x.user.validation("B10")?.source, x.user.validation("B11")?.source]).toEqual([
      "A,B",
      "A,B",
      "Admin,Member",
    ]);
  });
});
