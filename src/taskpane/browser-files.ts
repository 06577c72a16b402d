// Saving and copying text in the pane's web view. DOM only; no Office calls.
import type { PaneEnvironment } from "./pane-model";

function downloadText(fileName: string, text: string): void {
  // A BOM-less UTF-8 file, as the export format says (importer-format.ts).
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The async clipboard API, then the old execCommand route (Office's iframes may block the first). */
async function copyText(text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error("no async clipboard");
    await navigator.clipboard.writeText(text);
    return;
  } catch (asyncError) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied)
      throw new Error(
        `The host does not allow copying to the clipboard (${asyncError instanceof Error ? asyncError.message : String(asyncError)}).`,
      );
  }
}

export function browserEnvironment(canDownload: boolean): PaneEnvironment {
  return { canDownload, download: downloadText, copyText };
}

function readWith<T>(blob: Blob, start: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    start(reader);
  });
}

/** A chosen file's text (FileReader: older web views lack Blob.text). */
export function readFileText(blob: Blob): Promise<string> {
  return typeof blob.text === "function" ? blob.text() : readWith<string>(blob, (r) => r.readAsText(blob));
}

export async function readFileBytes(blob: Blob): Promise<Uint8Array> {
  const buffer =
    typeof blob.arrayBuffer === "function" ? await blob.arrayBuffer() : await readWith<ArrayBuffer>(blob, (r) => r.readAsArrayBuffer(blob));
  return new Uint8Array(buffer);
}
