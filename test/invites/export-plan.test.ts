import { planExport, resolveTeam, validateSheet } from "../../src/invites";
import { ok, rows } from "./check-rows";

const plan = (list: ReturnType<typeof rows>, skipInvalid: boolean) =>
  planExport(list, validateSheet(list, resolveTeam()), { skipInvalid, firstRow: 2 });

describe("planExport", () => {
  test("refuses while errors remain, naming the rows", () => {
    expect(plan(rows(ok("a@x.com"), ok("bad"), ok("c@x.com"), ok("bad2")), false)).toEqual({ ok: false, rowsWithErrors: [3, 5] });
  });

  test("with skipInvalid, leaves out exactly the rows with errors and says which", () => {
    const result = plan(rows(ok("a@x.com"), ok("bad"), ok("c@x.com")), true);
    expect(result).toMatchObject({ ok: true, rowNumbers: [2, 4], skipped: [3] });
  });

  test("writes canonical spellings, trims, keeps blanks blank, and never alters formula-like text", () => {
    const result = plan(rows(ok(" a@x.com", { licenseType: "technician", role: "admin", displayName: "=1+1" }), {}, ok("b@x.com")), false);
    expect(result).toEqual({
      ok: true,
      rows: [
        { account: "a@x.com", group: "", displayName: "=1+1", licenseType: "Support", role: "Admin" },
        { account: "b@x.com", group: "", displayName: "", licenseType: "", role: "" },
      ],
      rowNumbers: [2, 4],
      skipped: [],
    });
  });

  test("a new group written two ways goes out in the first row's spelling", () => {
    const result = plan(rows(ok("a@x.com", { group: "Field Ops" }), ok("b@x.com", { group: "field ops" })), false);
    expect(result.ok && result.rows.map((r) => r.group)).toEqual(["Field Ops", "Field Ops"]);
  });
});
