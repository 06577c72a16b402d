// The file Splashtop's importer receives: the article's headers in its order, RFC 4180 quoting
// exactly as papaparse's unparse does, CRLF after every record (the last one too), UTF-8.
import fc from "fast-check";
import Papa from "papaparse";
import { exportCsv, importCsvText, writeCsv } from "../../src/csv";

const encodeUtf8 = (text: string) => new TextEncoder().encode(text);
import type { InviteRow } from "../../src/invites";
import { anyText, cellText, rowArbitrary } from "./arbitraries";

const HEADERS = ["Splashtop account", "Group", "Display name", "License type", "Role"];
const HEADER_LINE = "Splashtop account,Group,Display name,License type,Role\r\n";

function row(account: string, group = "", displayName = "", licenseType = "", role = ""): InviteRow {
  return { account, group, displayName, licenseType, role };
}
const cells = (r: InviteRow) => [r.account, r.group, r.displayName, r.licenseType, r.role];
const papa = (rows: readonly InviteRow[]) => `${Papa.unparse([HEADERS, ...rows.map(cells)], { newline: "\r\n" })}\r\n`;

describe("exportCsv", () => {
  it("writes only the header row, in the article's order, when there are no rows", () => {
    expect(exportCsv([])).toBe(HEADER_LINE);
  });

  it("ends every record with CRLF, the last one included, and never uses a bare LF", () => {
    const out = exportCsv([row("ann@example.com", "Sales", "Ann Lee", "Support", "Admin"), row("bob@example.com")]);
    expect(out).toBe(`${HEADER_LINE}ann@example.com,Sales,Ann Lee,Support,Admin\r\nbob@example.com,,,,\r\n`);
    expect(out.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps blank cells blank (Splashtop applies its own defaults)", () => {
    expect(exportCsv([row("ann@example.com", "", "", "", "")])).toBe(`${HEADER_LINE}ann@example.com,,,,\r\n`);
    expect(exportCsv([row("", "", "", "", "")])).toBe(`${HEADER_LINE},,,,\r\n`);
  });

  it.each([
    ["a comma", "Lee, Ann", '"Lee, Ann"'],
    ["a double quote", 'Ann "Annie" Lee', '"Ann ""Annie"" Lee"'],
    ["only a quote", '"', '""""'],
    ["a line feed", "Ann\nLee", '"Ann\nLee"'],
    ["a carriage return", "Ann\rLee", '"Ann\rLee"'],
    ["CRLF", "Ann\r\nLee", '"Ann\r\nLee"'],
    ["a leading space", " Ann", '" Ann"'],
    ["a trailing space", "Ann ", '"Ann "'],
    ["only a space", " ", '" "'],
    ["a byte-order mark", "\ufeffAnn", '"\ufeffAnn"'],
  ])("quotes a value with %s", (_what, value, written) => {
    for (let column = 0; column < 5; column++) {
      const values = ["ann@example.com", "Sales", "Ann", "Access", "Member"];
      values[column] = value;
      const expected = values.map((v, i) => (i === column ? written : v)).join(",");
      const r = row(values[0] ?? "", values[1], values[2], values[3], values[4]);
      expect(exportCsv([r])).toBe(`${HEADER_LINE}${expected}\r\n`);
    }
  });

  it.each([
    ["an inner space", "Ann Lee"],
    ["a semicolon (not the delimiter)", "Sales; EMEA"],
    ["a tab", "Ann\tLee"],
    ["accents, CJK and emoji", "Zoë Müller 李小龙 😀"],
    ["a formula start (written exactly as typed)", "=1+2"],
    ["a non-breaking space at the end", "Ann\u00a0"],
  ])("does not quote a value with %s", (_what, value) => {
    expect(exportCsv([row("ann@example.com", "", value)])).toBe(`${HEADER_LINE}ann@example.com,,${value},,\r\n`);
  });

  it("starts with a byte-order mark only when asked", () => {
    const rows = [row("zoe@example.com", "", "Zoë")];
    expect(exportCsv(rows, { bom: true })).toBe(`\ufeff${exportCsv(rows)}`);
    expect(exportCsv(rows).charCodeAt(0)).toBe("S".charCodeAt(0));
    expect([...encodeUtf8(exportCsv(rows, { bom: true })).subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x53]);
  });

  it("encodes as UTF-8 (accents, CJK, emoji)", () => {
    expect([...encodeUtf8("é李😀")]).toEqual([0xc3, 0xa9, 0xe6, 0x9d, 0x8e, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it("is byte-identical to Papa.unparse([headers, ...rows], {newline: CRLF}) + CRLF for any rows", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary(anyText), { maxLength: 8 }), (rows) => {
        expect(exportCsv(rows)).toBe(papa(rows));
        expect(exportCsv(rows, { bom: true })).toBe(`\ufeff${papa(rows)}`);
      }),
      { numRuns: 500 },
    );
  });

  it("matches papaparse on rows made only of characters that need quoting or are next to delimiters", () => {
    const edgy = fc.string({ unit: fc.constantFrom(" ", ",", '"', "\r", "\n", "\ufeff", "a"), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(rowArbitrary(edgy), { maxLength: 4 }), (rows) => {
        expect(exportCsv(rows)).toBe(papa(rows));
      }),
      { numRuns: 500 },
    );
  });

  it("matches papaparse on its UTF-8 bytes too (what the CLI writes to disk)", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary(cellText), { maxLength: 5 }), (rows) => {
        expect(Buffer.from(encodeUtf8(exportCsv(rows))).equals(Buffer.from(papa(rows), "utf8"))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("exportCsv with extra values (what fix writes for a row that had more values than its header)", () => {
  it("writes them after the row's five columns, quoted where needed, so a check of the result flags the row again", () => {
    const rows = [row("ann@example.com", "", "Lee"), row("bob@example.com")];
    const out = exportCsv(rows, { extraValues: new Map([[0, [" Ann", "x,y"]]]) });
    expect(out).toBe(`${HEADER_LINE}ann@example.com,,Lee,,," Ann","x,y"\r\nbob@example.com,,,,\r\n`);
    const again = importCsvText(out);
    expect(again.ok && again.csv.extraValues).toEqual(new Map([[0, [" Ann", "x,y"]]]));
    expect(again.ok && again.csv.rows).toEqual(rows);
  });
});

describe("writeCsv: the same text in pieces, for writing a large file without holding it", () => {
  const pieces = (rows: readonly InviteRow[], pieceLength: number, options = {}) => {
    const out: string[] = [];
    writeCsv(rows, options, (piece) => out.push(piece), pieceLength);
    return out;
  };

  it("hands over exportCsv's text, in order, each piece whole records (never half an emoji), none empty", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary(cellText), { maxLength: 12 }),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        (rows, pieceLength, bom) => {
          const out = pieces(rows, pieceLength, { bom });
          expect(out.join("")).toBe(exportCsv(rows, { bom }));
          // Each piece ends where a record ends: after the header and the first k rows, for some k.
          const recordEnds = new Set(rows.map((_, k) => exportCsv(rows.slice(0, k + 1), { bom }).length));
          recordEnds.add(exportCsv([], { bom }).length);
          let end = 0;
          for (const piece of out) {
            expect(piece.length).toBeGreaterThan(0);
            end += piece.length;
            expect(recordEnds.has(end)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes a piece once it reaches the length asked for, not the whole text at the end", () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(`user${i}@example.com`, "", "Zoë 😀"));
    const out = pieces(rows, 500);
    expect(out.length).toBeGreaterThan(5);
    for (const piece of out.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(500);
  });
});
