// parseRecords hands papaparse's records over one at a time (its `step`), the last one marked as
// last: the same fields for any text as one Papa.parse of the whole text, and the same first
// quote error (code and record) where papaparse reports one. The importer refuses a file on that
// error, so agreeing on it is agreeing on which files are read at all.
import fc from "fast-check";
import Papa from "papaparse";
import { parseRecords, type QuoteError } from "../../src/csv/parse-records";

type Newline = "\r\n" | "\n" | "\r";
type Read = { records: string[][]; error: QuoteError | null };

function papaparse(text: string, delimiter: string, newline: Newline): Read {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, header: false, skipEmptyLines: false });
  const first = parsed.errors.find((e) => e.type === "Quotes");
  const error = first ? { code: first.code as QuoteError["code"], row: first.row ?? -1 } : null;
  return { records: error ? [] : parsed.data, error };
}

function ours(text: string, delimiter: string, newline: Newline): Read & { lastFlags: boolean[] } {
  const records: string[][] = [];
  const lastFlags: boolean[] = [];
  const error = parseRecords(text, delimiter, newline, (fields, count, last) => {
    records.push(fields.slice(0, count));
    lastFlags.push(last);
  });
  return { records: error ? [] : records, error, lastFlags };
}

const DELIMITER = fc.constantFrom(",", ";", "\t");
const NEWLINE = fc.constantFrom<Newline>("\r\n", "\n", "\r");

/** Characters that decide how CSV is read, and a few that do not. */
const CHAR = fc.constantFrom('"', '"', ",", ";", "\t", "\r", "\n", " ", "\u00a0", "\ufeff", "\u2028", "a", "é", "5");

/** Any text over those characters: mostly malformed, so the error paths are well covered. */
const ANY_TEXT = fc.string({ unit: CHAR, maxLength: 40 });

/**
 * Text that is mostly well formed: fields quoted (quotes doubled, sometimes blanks after the
 * closing quote), plain (a stray quote inside is ordinary) or broken, with mixed line endings.
 */
const FIELD = fc.oneof(
  fc
    .tuple(fc.string({ unit: CHAR, maxLength: 6 }), fc.constantFrom("", "", " ", "\u00a0 ", "\t"))
    .map(([t, blanks]) => `"${t.replace(/"/g, '""')}"${blanks}`),
  fc.string({ unit: fc.constantFrom("a", "B", " ", '"', "é"), maxLength: 6 }).filter((t) => !t.startsWith('"')),
  fc.string({ unit: CHAR, maxLength: 4 }).map((t) => `"${t}"x`),
);
const SHAPED_TEXT = fc
  .tuple(
    DELIMITER,
    fc.array(fc.tuple(fc.array(FIELD, { minLength: 1, maxLength: 4 }), NEWLINE), { maxLength: 6 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([d, records, bom, finalBreak]) => {
    const lines = records.map(([fields, end], i) => fields.join(d) + (i < records.length - 1 || finalBreak ? end : ""));
    return { text: (bom ? "\ufeff" : "") + lines.join(""), delimiter: d };
  });

function expectAgreement(text: string, delimiter: string, newline: Newline): void {
  const mine = ours(text, delimiter, newline);
  const theirs = papaparse(text, delimiter, newline);
  expect({ records: mine.records, error: mine.error }).toEqual(theirs);
  // Only the final record is marked last, and there always is one unless there is no text.
  if (!mine.error) expect(mine.lastFlags).toEqual(mine.records.map((_, i) => i === mine.records.length - 1));
}

describe("parseRecords reads as papaparse reads", () => {
  it("any text, any delimiter and line ending: the same records, or the same first quote error", () => {
    fc.assert(fc.property(ANY_TEXT, DELIMITER, NEWLINE, expectAgreement), { numRuns: 3000 });
  });

  it("well-formed and nearly well-formed files, mixed line endings and a BOM included: the same records", () => {
    fc.assert(
      fc.property(SHAPED_TEXT, NEWLINE, ({ text, delimiter }, newline) => expectAgreement(text, delimiter, newline)),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["a closing quote at the very end", '"a","b"', ",", "\n"],
    ["blanks after a closing quote, then the delimiter", '"a" \u00a0,b\r\n"c"\t\r\nd', ",", "\r\n"],
    ["blanks after a closing quote, then the end of the text", '"a"  ', ",", "\n"],
    ["a tab delimiter right after a closing quote, and blanks before it", '"a"\t"b" \tc\n', "\t", "\n"],
    ["a doubled quote at the end", '"a""', ",", "\n"],
    ["text after a closing quote", 'x\n"a"b,c\n', ",", "\n"],
    ["an unclosed quote on the third record", 'a\nb\n"c,d\n', ",", "\n"],
    ["a stray quote inside an unquoted field", 'Bob 5" Lee,x\r\n', ",", "\r\n"],
    ["two BOMs (papaparse strips one)", "\ufeff\ufeffa,b\n", ",", "\n"],
    ["a lone CR inside a CRLF file", "a\rb\r\nc", ",", "\r\n"],
    ["no text at all", "", ",", "\n"],
  ] as const)("%s", (_, text, delimiter, newline) => expectAgreement(text, delimiter, newline));
});
