// The line-ending step, the dialect sniffer and papaparse read quotes one way (issue #10): a
// quote inside an unquoted field is an ordinary character, and files that mix CR, LF and CRLF
// are read as papaparse reads the same records written with one line ending.
import fc from "fast-check";
import Papa from "papaparse";
import { importCsvText, readRecords, sniffDialect } from "../../src/csv";
import { uniformLineEndings } from "../../src/csv/line-endings";
import { eachBreak } from "../../src/csv/record-ends";

type Field = { kind: "quoted"; text: string; blanks: string } | { kind: "plain"; text: string } | { kind: "broken"; text: string };
type File = { delimiter: "," | ";" | "\t"; records: Field[][]; endings: string[]; finalBreak: boolean; bom: boolean };

const TEXT = fc.string({ unit: fc.constantFrom("a", "B", "é", " ", "\u00a0", '"', ",", ";", "\t", "\r", "\n", "\r\n", "5"), maxLength: 6 });
const ENDING = fc.constantFrom("\r\n", "\n", "\r");

/** Fields of a record; in the first (the header) no delimiter of any kind outside quotes, so the sniffer finds the file's. */
function field(delimiter: string, broken: boolean, first: boolean): fc.Arbitrary<Field> {
  const strip = first ? /[,;\t\r\n]/g : /[\r\n]/g;
  const plain = TEXT.map((t) => t.split(delimiter).join("").replace(strip, "")).filter((t) => !t.startsWith('"'));
  const options: fc.Arbitrary<Field>[] = [
    fc.record({ kind: fc.constant("quoted" as const), text: TEXT, blanks: fc.constantFrom("", "", " ", "  ", "\u00a0") }),
    plain.map((text): Field => ({ kind: "plain", text })),
    // a stray quote inside an unquoted field: `Bob 5" Lee`
    fc.tuple(plain, plain).map(([a, b]): Field => ({ kind: "plain", text: `${a.startsWith('"') ? "x" : a || "x"}"${b}` })),
  ];
  if (broken) options.push(fc.tuple(TEXT, plain).map(([a, b]): Field => ({ kind: "broken", text: `"${a}"${b || "x"}` })));
  return fc.oneof(...options);
}

function fileArbitrary(broken: boolean): fc.Arbitrary<File> {
  return fc.constantFrom(",", ";", "\t").chain((delimiter) =>
    fc.record({
      delimiter: fc.constant(delimiter as File["delimiter"]),
      records: fc
        .tuple(
          fc.array(field(delimiter, broken, true), { minLength: 2, maxLength: 4 }),
          fc.array(fc.array(field(delimiter, broken, false), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        )
        .map(([header, rest]) => [header, ...rest]),
      endings: fc.array(ENDING, { minLength: 6, maxLength: 6 }),
      finalBreak: fc.boolean(),
      bom: fc.boolean(),
    }),
  );
}

function written(f: Field): string {
  if (f.kind === "quoted") return `"${f.text.replace(/"/g, '""')}"${f.blanks}`;
  return f.text;
}

/** The file as written: each record ends with its own line ending (mixed), or all with `one`. */
function fileText(file: File, one?: string): string {
  const ending = (i: number) => one ?? (file.endings[i % file.endings.length] as string);
  const lines = file.records.map(
    (record, i) => record.map(written).join(file.delimiter) + (i < file.records.length - 1 || file.finalBreak ? ending(i) : ""),
  );
  return lines.join("");
}

/** papaparse on the same records written with one line ending, with the importer's end-of-file rule. */
function papaparseRows(text: string, delimiter: string, newline: "\n" | "\r\n" | "\r") {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, header: false, skipEmptyLines: false });
  const quotes = parsed.errors.some((e) => e.type === "Quotes");
  const data = parsed.data;
  const last = data[data.length - 1];
  const endsWithBreak = text.endsWith("\n") || text.endsWith("\r");
  return { quotes, rows: endsWithBreak && last?.length === 1 && last[0] === "" ? data.slice(0, -1) : data };
}

/**
 * A file whose only record is one empty field reads as no file at all; a CR ending followed by an
 * empty record ending in LF is a CRLF: neither is a case for these tests.
 */
function readable(file: File): boolean {
  const ambiguous = file.records.some((record, i) => {
    const next = file.records[i + 1];
    const nextEnding = i + 1 < file.records.length - 1 || file.finalBreak ? file.endings[(i + 1) % file.endings.length] : "";
    return (
      file.endings[i % file.endings.length] === "\r" &&
      next !== undefined &&
      next.map(written).join(file.delimiter) === "" &&
      nextEnding?.startsWith("\n")
    );
  });
  return !ambiguous && /\S/.test(fileText(file));
}

/** papaparse's record ends (the cursor after each row) in `text`, or null when it reports a quote error. */
function papaparseRecordEnds(text: string, delimiter: string, newline: "\n" | "\r\n" | "\r"): number[] | null {
  const ends: number[] = [];
  let quotes = false;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: false,
    step: (row) => {
      if (row.errors.some((e) => e.type === "Quotes")) quotes = true;
      ends.push(row.meta.cursor);
    },
  });
  return quotes ? null : ends.slice(0, -1);
}

function ourRecordEnds(text: string, delimiter: string): number[] {
  const ends: number[] = [];
  eachBreak(text, delimiter, (b) => {
    if (b.record) ends.push(b.at + b.length);
    return true;
  });
  return ends;
}

/** True when the text has one kind of line ending throughout, quoted text included. */
function uniform(text: string): boolean {
  return !text.includes("\r") || !text.includes("\n") || !/\r(?!\n)|(?<!\r)\n/.test(text);
}

describe("quotes are read the way papaparse reads them", () => {
  it("well-formed files with any mix of CR, LF and CRLF, stray quotes, quoted line breaks and a BOM: every field as written, and papaparse's rows for the same records", () => {
    fc.assert(
      fc.property(fileArbitrary(false), (file) => {
        fc.pre(readable(file));
        const records = file.records;
        const lastRecord = records[records.length - 1] as Field[];
        const lastField = lastRecord[lastRecord.length - 1] as Field;
        // Papaparse's own end-of-file rules: a last record of one empty field is the final line
        // break's, and blanks after a closing quote at the very end leave the quote unclosed.
        fc.pre(
          file.finalBreak ||
            !(
              (lastRecord.length === 1 && lastField.kind === "plain" && lastField.text === "") ||
              (lastField.kind === "quoted" && lastField.blanks)
            ),
        );
        const { delimiter } = sniffDialect(fileText(file));
        fc.pre(delimiter === file.delimiter);
        const ours = readRecords((file.bom ? "\ufeff" : "") + fileText(file));
        const intended = records.map((r) => r.map((f) => f.text));
        expect(ours).toEqual({ ok: true, records: intended, delimiter });
        for (const ending of ["\n", "\r\n", "\r"] as const) {
          expect(papaparseRows(fileText(file, ending), delimiter, ending)).toEqual({ quotes: false, rows: intended });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a file with one line ending throughout, malformed quotes included: papaparse's rows for the very same text, or refused when papaparse finds a quote error", () => {
    fc.assert(
      fc.property(fileArbitrary(true), ENDING, (file, ending) => {
        const text = fileText(file, ending);
        fc.pre(/\S/.test(text) && uniform(text));
        const { delimiter, newline } = sniffDialect(text);
        const expected = papaparseRows(
          text,
          delimiter,
          text.includes("\r") && text.includes("\n") ? "\r\n" : text.includes("\r") ? "\r" : newline === "\r\n" ? "\n" : newline,
        );
        const ours = readRecords(text);
        if (expected.quotes) expect(ours.ok).toBe(false);
        else expect(ours).toEqual({ ok: true, records: expected.rows, delimiter });
      }),
      { numRuns: 400 },
    );
  });

  it("any file, malformed quotes and mixed line endings included: the line-ending step ends records exactly where papaparse then does", () => {
    fc.assert(
      fc.property(fileArbitrary(true), (file) => {
        const text = fileText(file);
        fc.pre(/\S/.test(text));
        const dialect = sniffDialect(text);
        const normalised = uniformLineEndings(text, dialect);
        const papa = papaparseRecordEnds(normalised.text, dialect.delimiter, normalised.newline);
        fc.pre(papa !== null);
        expect(ourRecordEnds(normalised.text, dialect.delimiter)).toEqual(papa);
        // and no break moved: the same records, CR and CRLF now LF
        expect(ourRecordEnds(text, dialect.delimiter).length).toBe(papa?.length);
      }),
      { numRuns: 400 },
    );
  });
});

describe("the cases issue #10 found", () => {
  const people = (rows: string[]) => rows.map((r) => r.split(",")[0]);

  it('a CR-only file with a quoted multi-line cell and `5"` in an unquoted field: every person on their own row', () => {
    const text = 'Email,Name\rann@example.com,"Ann\nLee"\rbob@example.com,Bob 5" Lee\rcy@example.com,Cy\rdee@example.com,Dee\r';
    const result = importCsvText(text);
    expect(result.ok && result.csv.rows.map((r) => [r.account, r.displayName])).toEqual([
      ["ann@example.com", "Ann\nLee"],
      ["bob@example.com", 'Bob 5" Lee'],
      ["cy@example.com", "Cy"],
      ["dee@example.com", "Dee"],
    ]);
    expect(people(["ann@example.com,x"])).toEqual(["ann@example.com"]);
  });

  it("a CRLF file with a lone LF in a quoted cell and a stray quote: no phantom line break or space in later rows", () => {
    const text = 'Email,Name\r\nann@example.com,"Ann\nLee"\r\nbob@example.com,Bob 5" Lee\r\ncy@example.com,=Cy\r\ndee@example.com,Dee\r\n';
    const result = importCsvText(text);
    expect(result.ok && result.csv.rows.map((r) => r.displayName)).toEqual(["Ann\nLee", 'Bob 5" Lee', "=Cy", "Dee"]);
  });

  it("a stray quote in the header does not hide its delimiters from the sniffer", () => {
    expect(sniffDialect('Email;Name 5" x;Group\r\nann@example.com;A;B\r\n')).toEqual({ delimiter: ";", newline: "\r\n" });
    expect(sniffDialect('Email\tName 5" x\tGroup\nann@example.com\tA\tB\n')).toEqual({ delimiter: "\t", newline: "\n" });
  });
});
