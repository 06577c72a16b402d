// Finds the first earlier occurrence of each key, ignoring case and surrounding spaces, in one
// linear pass. An open-addressing table over row indexes that hashes the text as it stands: on
// 100,000 fresh strings it is several times faster than lower-casing each into a Map, which
// dominated `check` (profiled with bench/main.ts).

export type FirstOccurrence = {
  /** Index of the first text equal to `text` (case and outer spaces ignored), or -1 after recording `index`. */
  firstOf(text: string, index: number): number;
};

const A = 65;
const Z = 90;

/** FNV-1a over ASCII-lower-cased code units; text with other letters is lower-cased first. */
function foldedHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return unicodeHash(text.toLowerCase());
    if (c >= A && c <= Z) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

function unicodeHash(lowered: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lowered.length; i++) h = Math.imul(h ^ lowered.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameFolded(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
}

export function firstOccurrenceIndex(expected: number): FirstOccurrence {
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, expected * 2)));
  const mask = size - 1;
  // Slot k is table[2k] (the index stored there + 1; 0 = empty) and table[2k + 1] (its hash):
  // side by side, so a probe costs one cache miss, not two.
  const table = new Int32Array(size * 2);
  const texts: string[] = new Array<string>(expected);
  let used = 0;
  return {
    firstOf(raw, index) {
      const text = raw.trim();
      const hash = foldedHash(text) | 0;
      let slot = hash & mask;
      for (;;) {
        const at = (table[2 * slot] as number) - 1;
        if (at < 0) break;
        if (table[2 * slot + 1] === hash && sameFolded(texts[at] as string, text)) return at;
        slot = (slot + 1) & mask;
      }
      if (used * 2 >= size) throw new Error("firstOccurrenceIndex: more keys than expected");
      table[2 * slot] = index + 1;
      table[2 * slot + 1] = hash;
      texts[index] = text;
      used++;
      return -1;
    },
  };
}
