// Bytes of a CSV file to text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
// Text"), and Windows-1252 (Excel's "CSV (Comma delimited)" on Windows) when the bytes are not
// UTF-8. Anything that is not text at all gets a one-line reason.

import { decodeWindows1252 } from "./windows-1252";

export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "an Excel workbook or other zip file" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old-style Excel workbook (.xls)" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF" },
];

const SAVE_AS_CSV = 'In Excel, use File > Save As > "CSV UTF-8 (Comma delimited)" and try that file.';

export function decodeText(bytes: Uint8Array): DecodedText {
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return { ok: false, error: `This is ${signature.what}, not a CSV text file. ${SAVE_AS_CSV}` };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeAs(bytes.subarray(3), "utf-8");
  if (startsWith(bytes, [0xff, 0xfe])) return decodeAs(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeAs(bytes.subarray(2), "utf-16be");
  if (bytes.includes(0)) return { ok: false, error: `This file has binary content, not CSV text. ${SAVE_AS_CSV}` };
  const utf8 = decodeAs(bytes, "utf-8");
  return utf8.ok ? utf8 : { ok: true, text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, error: `This file is not valid ${encoding} text. ${SAVE_AS_CSV}` };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Text that came in as a string (the pane's clipboard, a test) may still start with a BOM. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
