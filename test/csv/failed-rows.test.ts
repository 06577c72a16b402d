// Download failed rows: the rows a submit did not get in, as typed, in sheet order, with a Reason
// column; a file our own import reads back into exactly those rows (Reason ignored and named).
import fc from "fast-check";
import Papa from "papaparse";
import { failedRowsCsv, importCsvBytes, type RowOutcome } from "../../src/csv";
import { formatRowStatus, parseRowStatus, UNCONFIRMED_REASON, type InviteRow, type RowStatus } from "../../src/invites";
import { cellText, rowArbitrary } from "./arbitraries";

const reason = fc
  .string({ unit: fc.constantFrom(..."abc ,;\"'=+é李".split("")), minLength: 1, maxLength: 20 })
  .filter((r) => r.trim() !== "");
const status: fc.Arbitrary<RowStatus | null> = fc.oneof(
  fc.constant(null),
  fc.constant({ kind: "invited" } as const),
  fc.constant({ kind: "failed", reason: UNCONFIRMED_REASON } as const),
  reason.map((r) => ({ kind: "failed", reason: r.trim() }) as const),
  reason.map((r) => ({ kind: "skipped", reason: r.trim() }) as const),
);

test("the file holds exactly the failed and skipped rows, as typed and in sheet order, and imports back into them", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(rowArbitrary(cellText), status), { maxLength: 10 }), fc.boolean(), (sheet, bom) => {
      const rows: InviteRow[] = sheet.map(([row]) => row);
      // Results come in any row order (here: an earlier try for every row, then the latest, last row
      // first); each row's last result counts.
      const withResult = sheet.flatMap(([, s], index) => (s ? [{ index, status: s }] : []));
      const results: RowOutcome[] = [
        ...withResult.map(({ index }) => ({ index, status: { kind: "failed", reason: "an earlier try" } as RowStatus })),
        ...[...withResult].reverse(),
      ];
      const last = new Map(withResult.map((r) => [r.index, r.status] as const));
      const out = failedRowsCsv({ rows, results, bom });

      const wanted = sheet
        .map(([row], index) => ({ row, s: last.get(index), index }))
        .filter(({ s }) => s && s.kind !== "invited" && !(s.kind === "failed" && s.reason === UNCONFIRMED_REASON));
      expect(out.rows).toBe(wanted.length);
      expect(out.unconfirmed).toEqual(
        sheet.flatMap(([, s], index) => (s?.kind === "failed" && s.reason === UNCONFIRMED_REASON ? [index + 2] : [])),
      );

      const imported = importCsvBytes(new TextEncoder().encode(out.text));
      if (!imported.ok) throw new Error(imported.error);
      expect(imported.csv.rows).toEqual(wanted.map(({ row }) => row));
      expect(imported.csv.notices).toEqual(["Ignored columns: Reason."]);
      // The Reason column says what the Status cell said.
      const records = Papa.parse<string[]>(out.text.replace(/^\ufeff/, ""), { newline: "\r\n", delimiter: "," }).data.slice(1, -1);
      expect(records.map((r) => r[5])).toEqual(wanted.map(({ s }) => formatRowStatus(s as RowStatus)));
    }),
    { numRuns: 200 },
  );
});

test("from the Status cells of a sheet: the header, the reason, and nothing for rows without a result", () => {
  const rows: InviteRow[] = [
    { account: "ann@example.com", group: "Sales", displayName: "Ann", licenseType: "Access", role: "" },
    { account: "bo@example", group: "", displayName: "", licenseType: "", role: "Owner" },
    { account: "chen@example.com", group: "", displayName: "", licenseType: "", role: "" },
    { account: "dana@example.com", group: "", displayName: "Lee, Dana", licenseType: "", role: "" },
  ];
  const statuses = ["Invited", "Skipped: The role Owner cannot be set by an invite", "", "Failed: No seats left"];
  const results = statuses.flatMap((text, index): RowOutcome[] => {
    const status = parseRowStatus(text);
    return status ? [{ index, status }] : [];
  });
  const out = failedRowsCsv({ rows, results });
  expect(out.text).toBe(
    "Splashtop account,Group,Display name,License type,Role,Reason\r\n" +
      "bo@example,,,,Owner,Skipped: The role Owner cannot be set by an invite\r\n" +
      'dana@example.com,,"Lee, Dana",,,Failed: No seats left\r\n',
  );
  expect(out).toMatchObject({ rows: 2, unconfirmed: [] });
});
