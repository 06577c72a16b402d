// Bytes of a CSV file to text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
// Text"), and Windows-1252 (Excel's "CSV (Comma delimited)" on Windows) only for files that are
// clearly not UTF-8: no byte sequence in them is UTF-8 beyond plain ASCII. A file that is UTF-8
// but for a few damaged bytes stays UTF-8 (issue #10: one bad byte must not turn every accented
// name into mojibake); the damaged places read as U+FFFD, the check reports each cell holding one
// (damaged-text, an error), and the reader says where the first is. Anything that is not text at
// all gets a one-line reason.
import { REPLACEMENT_CHARACTER } from "../invites";
import { decodeWindows1252 } from "./windows-1252";

export type DecodedText =
  | { ok: true; text: string; encoding: string; /** A notice when some bytes were not valid UTF-8. */ damage?: string }
  | { ok: false; error: string };

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "an Excel workbook or other zip file" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old-style Excel workbook (.xls)" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF" },
];

const SAVE_AS_CSV = 'In Excel, use File > Save As > "CSV UTF-8 (Comma delimited)" and try that file.';

export function decodeText(bytes: Uint8Array): DecodedText {
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return { ok: false, error: `This is ${signature.what}, not a CSV text file. ${SAVE_AS_CSV}` };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const marked = strict(bytes.subarray(3), "utf-8");
    return marked.ok ? marked : lenientUtf8(bytes.subarray(3));
  }
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), "utf-16be");
  if (bytes.includes(0)) return { ok: false, error: `This file has binary content, not CSV text. ${SAVE_AS_CSV}` };
  const utf8 = strict(bytes, "utf-8");
  if (utf8.ok) return utf8;
  const text = lenientUtf8Text(bytes);
  // Text with any character beyond ASCII other than U+FFFD had valid multi-byte UTF-8 in it.
  const hasUtf8 = /[^\p{ASCII}\ufffd]/u.test(text);
  return hasUtf8 ? lenientUtf8(bytes, text) : { ok: true, text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

function strict(bytes: Uint8Array, encoding: string): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, error: `This file is not valid ${encoding} text. ${SAVE_AS_CSV}` };
  }
}

/**
 * UTF-8 with each invalid sequence as U+FFFD (WHATWG Encoding), for bytes that are not valid
 * UTF-8, and a notice saying how many places and on which line the first is. A U+FFFD the file
 * itself holds (bytes EF BF BD, valid UTF-8) is not counted as a bad place.
 */
function lenientUtf8(bytes: Uint8Array, text = lenientUtf8Text(bytes)): DecodedText {
  let marks = 0;
  for (let at = text.indexOf(REPLACEMENT_CHARACTER); at >= 0; at = text.indexOf(REPLACEMENT_CHARACTER, at + 1)) marks++;
  const count = marks - encodedReplacements(bytes);
  const one = count === 1;
  const damage =
    `Read as UTF-8, but ${count} place${one ? "" : "s"} in the file ${one ? "is" : "are"} not valid UTF-8 ` +
    `(the first on line ${lineOf(bytes, firstInvalidUtf8(bytes))}): ${one ? "it reads" : "they read"} as "${REPLACEMENT_CHARACTER}", and each cell holding one is an error to retype.`;
  return { ok: true, text, encoding: "utf-8", damage };
}

function lenientUtf8Text(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** How many times the valid encoding of U+FFFD (EF BF BD) occurs. */
function encodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629, table 3-7 of Unicode). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    const second = bytes[i + 1] ?? -1;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? -1;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return i;
}

/** 1-based line of a byte offset: CRLF, LF and CR each end a line. */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Text that came in as a string (the pane's clipboard, a test) may still start with a BOM. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
