// A file's records as papaparse reads them, for a known delimiter and line ending, handed over one
// at a time (papaparse's `step`): no array of every record is kept, so reading a 1,000,000-row
// file holds one record at a time on top of the rows it becomes. The same fields and the same
// first quote error as `Papa.parse(text, { delimiter, newline, header: false, skipEmptyLines:
// false })`; test/csv/parse-records.test.ts holds the two together.
import Papa from "papaparse";

/** papaparse's first error of type "Quotes": its code, and the record (0-based) it is in. */
export type QuoteError = { code: "MissingQuotes" | "InvalidQuotes"; row: number };

/**
 * Receives each record: its fields are `fields[0]` to `fields[count - 1]`. `last` is true for the
 * final record (papaparse always ends with one, a single empty field when the text ends with a
 * line break).
 */
export type OnRecord = (fields: string[], count: number, last: boolean) => void;

export function parseRecords(input: string, delimiter: string, newline: "\r\n" | "\n" | "\r", onRecord: OnRecord): QuoteError | null {
  let error: QuoteError | null = null;
  let row = 0;
  // One record behind, so the final one is known as final.
  let held: string[] | null = null;
  Papa.parse<string[]>(input, {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: false,
    step(results) {
      const quote = error ? undefined : results.errors.find((e) => e.type === "Quotes");
      if (quote) error = { code: quote.code as QuoteError["code"], row };
      if (held) onRecord(held, held.length, false);
      held = results.data;
      row++;
    },
  });
  const last = held as string[] | null;
  if (last) onRecord(last, last.length, true);
  return error;
}
