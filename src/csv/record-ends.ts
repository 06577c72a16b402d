// Where fields and records end, with quotes read exactly as papaparse reads them (papaparse.js,
// Parser), so the line-ending step, the dialect sniffer and the parser can never disagree about
// what is quoted (issue #10):
// - a field is quoted only when its first character is a quote; a quote anywhere else in a field
//   is an ordinary character (`Bob 5" Lee`);
// - in a quoted field `""` is a quote, and a quote closes the field only when what follows it is
//   the end of the text, or blanks (String.prototype.trim's) and then a delimiter or line break;
//   any other quote is part of the text and the search goes on;
// - an unquoted field ends at the next delimiter or line break.
// Line breaks are CR, LF or CRLF alike, so one scan serves files that mix them.

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** A break outside quotes: a delimiter (`record` false) or a line break (length 2 for CRLF). */
export type Break = { at: number; length: 1 | 2; record: boolean };

const BLANK = /\s/;

/** A blank papaparse skips after a closing quote: whitespace that is neither a line break nor the delimiter. */
function isBlank(code: number, d: number): boolean {
  return code !== CR && code !== LF && code !== d && BLANK.test(String.fromCharCode(code));
}

/**
 * Calls `onBreak` for each delimiter and line break outside quotes, in order, until it returns
 * false. Text after an unclosed quote is all one field (papaparse reports it; the importer
 * refuses it).
 */
export function eachBreak(text: string, delimiter: string, onBreak: (b: Break) => boolean): void {
  const d = delimiter.charCodeAt(0);
  // The next delimiter or line break, found natively (a 10 MB line is one search, not a loop).
  const stop = new RegExp(`[${delimiter === "\t" ? "\\t" : delimiter}\\r\\n]`, "g");
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) === QUOTE) {
      i = closingQuote(text, i, d);
      if (i < 0) return;
    }
    // Now in an unquoted field, or just past a closing quote and its blanks.
    stop.lastIndex = i;
    const found = stop.exec(text);
    if (!found) return;
    const at = found.index;
    const c = text.charCodeAt(at);
    const length = c === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
    if (!onBreak({ at, length, record: c !== d })) return;
    i = at + length;
  }
}

/**
 * For a quoted field opening at `open`: the position after its closing quote and any blanks
 * that follow it (a delimiter, a line break or the end), or -1 when it never closes.
 */
function closingQuote(text: string, open: number, d: number): number {
  const n = text.length;
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    if (q === n - 1) return n;
    if (text.charCodeAt(q + 1) === QUOTE) {
      from = q + 2;
      continue;
    }
    let k = q + 1;
    while (k < n && isBlank(text.charCodeAt(k), d)) k++;
    const c = text.charCodeAt(k);
    if (k < n && (c === d || c === CR || c === LF)) return k;
    from = q + 1;
  }
}
