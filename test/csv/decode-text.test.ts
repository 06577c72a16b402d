// Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode Text"), Windows-1252
// (Excel's "CSV (Comma delimited)" on Windows) when the bytes are not UTF-8; anything that is not
// text gets a one-line reason that says what to do.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { decodeText, stripBom } from "../../src/csv";

const FIXTURES = path.join(__dirname, "..", "fixtures", "csv");
const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le").swap16());

function expectText(input: Uint8Array, text: string, encoding: string): void {
  expect(decodeText(input)).toEqual({ ok: true, text, encoding });
}

function expectOneLineError(input: Uint8Array, ...mentions: RegExp[]): void {
  const result = decodeText(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error).not.toMatch(/[\r\n]/);
  for (const m of mentions) expect(result.error).toMatch(m);
}

describe("decodeText", () => {
  it("reads UTF-8 without a BOM, accents, CJK and emoji included", () => {
    expectText(utf8("Email,Name\r\nzoe@example.com,Zoë 李 😀\r\n"), "Email,Name\r\nzoe@example.com,Zoë 李 😀\r\n", "utf-8");
  });

  it("drops the UTF-8 byte-order mark", () => {
    expectText(bytes(0xef, 0xbb, 0xbf, ...utf8("Email\r\n")), "Email\r\n", "utf-8");
  });

  it("reads UTF-16 little-endian with a BOM (Excel's Unicode Text)", () => {
    expectText(
      bytes(0xff, 0xfe, ...utf16le("Email\tName\r\nli@example.com\t李小龙 😀\r\n")),
      "Email\tName\r\nli@example.com\t李小龙 😀\r\n",
      "utf-16le",
    );
  });

  it("reads UTF-16 big-endian with a BOM", () => {
    expectText(bytes(0xfe, 0xff, ...utf16be("Email\r\nzoë@example.com\r\n")), "Email\r\nzoë@example.com\r\n", "utf-16be");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8 (é, ü as single bytes)", () => {
    expectText(bytes(...utf8("Name\r\nJos"), 0xe9, 0x20, 0x4d, 0xfc, ...utf8("ller\r\n")), "Name\r\nJosé Müller\r\n", "windows-1252");
  });

  it("maps Windows-1252's 0x80-0x9F bytes to their characters (€, ’, “, ”, –)", () => {
    const input = bytes(
      ...utf8("Name\r\nSe"),
      0xe1,
      ...utf8("n O"),
      0x92,
      ...utf8("Brien "),
      0x93,
      0x80,
      0x35,
      0x94,
      0x20,
      0x96,
      0x0d,
      0x0a,
    );
    expectText(input, "Name\r\nSeán O\u2019Brien \u201c\u20ac5\u201d \u2013\r\n", "windows-1252");
  });

  it("reads Excel's semicolon CSV saved in Windows-1252 (fixture file)", () => {
    const result = decodeText(readFileSync(path.join(FIXTURES, "excel-semicolon-windows1252.csv")));
    expect(result.ok && result.encoding).toBe("windows-1252");
    expect(result.ok && result.text).toContain("jose@example.com;Ventes;José Müller;Technician;Admin\r\n");
  });

  it("refuses an Excel workbook (zip) with a one-line reason and the Save As advice", () => {
    expectOneLineError(readFileSync(path.join(FIXTURES, "workbook-saved-as.csv")), /Excel workbook|zip/, /not a CSV/, /CSV UTF-8/);
  });

  it("refuses an old .xls workbook and a PDF", () => {
    expectOneLineError(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), /\.xls/, /CSV UTF-8/);
    expectOneLineError(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), /PDF/, /CSV UTF-8/);
  });

  it("refuses binary content (a PNG) and UTF-16 without a BOM as not text", () => {
    expectOneLineError(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52), /binary|not .*text/i);
    expectOneLineError(utf16le("Email\r\nann@example.com\r\n"), /binary|not .*text/i);
  });

  it("refuses UTF-16 with a BOM but a broken byte count", () => {
    expectOneLineError(bytes(0xff, 0xfe, 0x45, 0x00, 0x6d), /utf-16/i, /CSV UTF-8/);
  });

  it("decodes an empty file to empty text (the importer then says it is empty)", () => {
    expectText(new Uint8Array(0), "", "utf-8");
  });
});

describe("stripBom", () => {
  it("removes one leading byte-order mark and nothing else", () => {
    expect(stripBom("\ufeffEmail")).toBe("Email");
    expect(stripBom("Email\ufeff")).toBe("Email\ufeff");
    expect(stripBom("Email")).toBe("Email");
  });
});

describe("decodeText: a few bad bytes in a UTF-8 file (issue #10)", () => {
  const names = "Email,Name\r\nzoe@example.com,Zoë\r\nemile@example.com,Émile Müller\r\n";

  it("keeps the file UTF-8: every accented name intact, the bad byte as U+FFFD, and says on which line", () => {
    const input = bytes(...utf8(names), ...utf8("li@example.com,Li"), 0xff, ...utf8("\r\n"));
    const result = decodeText(input);
    expect(result.ok && result.text).toBe(`${names}li@example.com,Li\ufffd\r\n`);
    expect(result.ok && result.encoding).toBe("utf-8");
    expect(result.ok && result.damage).toMatch(/1 place in the file is not valid UTF-8 \(the first on line 4\)/);
  });

  it("counts every damaged place and names the first line, CR-only files included", () => {
    const input = bytes(...utf8("Name\rZoë\rA"), 0xe9, ...utf8("\rB"), 0x80, 0x80, ...utf8("\r"));
    const result = decodeText(input);
    expect(result.ok && result.encoding).toBe("utf-8");
    expect(result.ok && result.text.startsWith("Name\rZoë\rA\ufffd\rB")).toBe(true);
    expect(result.ok && result.damage).toMatch(/3 places .* \(the first on line 3\)/);
  });

  it("a UTF-8 BOM says UTF-8: a bad byte after it is damage, never a reason for Windows-1252", () => {
    const result = decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8("Name\r\nJos"), 0xe9, ...utf8("\r\n")));
    expect(result).toEqual({ ok: true, text: "Name\r\nJos\ufffd\r\n", encoding: "utf-8", damage: expect.stringMatching(/line 2/) });
  });

  it("reads Windows-1252 only when no byte sequence in the file is UTF-8 beyond ASCII", () => {
    expectText(
      bytes(...utf8("Name\r\nJos"), 0xe9, 0x20, 0x4d, 0xfc, ...utf8("ller\r\n")),
      "Name\r\nJos\u00e9 M\u00fcller\r\n",
      "windows-1252",
    );
  });

  it("whatever the bytes, an accented name written in UTF-8 never comes back as mojibake", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20 }), fc.uint8Array({ maxLength: 20 }), (before, after) => {
        const clean = (b: Uint8Array) => b.filter((x) => x !== 0); // a NUL byte makes a file binary
        const input = Uint8Array.from([...utf8("n,"), ...clean(before), ...utf8(",Zoë,"), ...clean(after)]);
        const result = decodeText(input);
        expect(result.ok && result.text).toContain("Zoë");
        expect(result.ok && result.text).not.toContain("ZoÃ«");
      }),
      { numRuns: 300 },
    );
  });
});

describe("decodeText: the first bad place, among characters that are valid", () => {
  it("a U+FFFD the file itself holds (valid UTF-8) is not a bad place, with or without a BOM", () => {
    expect(decodeText(utf8("Name\r\nZo\ufffd\r\n"))).toEqual({ ok: true, text: "Name\r\nZo\ufffd\r\n", encoding: "utf-8" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8("Name\r\nZo\ufffd\r\n")))).toEqual({
      ok: true,
      text: "Name\r\nZo\ufffd\r\n",
      encoding: "utf-8",
    });
  });

  it("counts and places only the bytes that are not UTF-8, after valid U+FFFD and accented letters", () => {
    const result = decodeText(bytes(...utf8("Name\r\nZo\ufffd\r\nZoë\r\nA"), 0xc3, 0x28, ...utf8("\r\n")));
    expect(result.ok && result.damage).toMatch(/^Read as UTF-8, but 1 place in the file is not valid UTF-8 \(the first on line 4\)/);
  });

  it.each([
    ["an overlong form", [0xc0, 0xaf]],
    ["a surrogate", [0xed, 0xa0, 0x80]],
    ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a cut sequence", [0xe6, 0x9d]],
    ["a lone continuation byte", [0x80]],
  ])("finds %s as the bad place", (_what, bad) => {
    const result = decodeText(bytes(...utf8("Zoë\nok\n"), ...bad, ...utf8("\n")));
    expect(result.ok && result.encoding).toBe("utf-8");
    expect(result.ok && result.damage).toMatch(/the first on line 3/);
  });
});
