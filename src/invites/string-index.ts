// Finds the first earlier occurrence of each key, ignoring case and surrounding spaces, in
// O(n log n) with the work in native code. Each text is hashed as it stands (no lower-cased copy
// unless it has letters beyond ASCII); the (hash, index) pairs are sorted as 64-bit integers by
// the engine's own typed-array sort; equal hashes are then compared as text. A hash table over row
// indexes took a cache miss per row, and a radix sort in JavaScript ran its loops uncompiled for
// most of a one-shot `invite-sheet check` (profiled with node --cpu-prof).

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

/** Which word of a pair holds the index, and which the hash: the hash is the high word. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const INDEX = LITTLE_ENDIAN ? 0 : 1;
const HASH = 1 - INDEX;

/**
 * For each of `count` texts (`textAt(i)`, or null for none), the index of the first text equal to
 * it (case and outer spaces ignored), or -1 where it is the first (or null).
 */
export function firstOccurrences(count: number, textAt: (index: number) => string | null): Int32Array {
  const texts: string[] = new Array<string>(count);
  // Pair k is two words, the index and the hash, placed so that the 64-bit integer pairs[k] is
  // hash * 2^32 + index: sorting the pairs orders them by hash, then by index.
  const buffer = new ArrayBuffer(count * 8);
  const words = new Uint32Array(buffer);
  const pairs = new BigUint64Array(buffer);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const raw = textAt(i);
    if (raw === null) continue;
    const text = raw.trim();
    texts[i] = text;
    words[2 * n + INDEX] = i;
    words[2 * n + HASH] = foldedHash(text);
    n++;
  }
  pairs.subarray(0, n).sort();
  const first = new Int32Array(count).fill(-1);
  for (let j = 0; j < n;) {
    let end = j + 1;
    while (end < n && words[2 * end + HASH] === words[2 * j + HASH]) end++;
    if (end - j > 1) markRepeats(words, j, end, texts, first);
    j = end;
  }
  return first;
}

/**
 * Within sorted pairs `from` to `end` (one hash, indexes ascending): each text equal to an earlier
 * one points to the earliest. Compared only with the earlier distinct texts, so a text repeated
 * 10,000 times costs 10,000 comparisons, not 50 million.
 */
function markRepeats(words: Uint32Array, from: number, end: number, texts: readonly string[], first: Int32Array): void {
  const distinct: number[] = [];
  for (let k = from; k < end; k++) {
    const index = words[2 * k + INDEX] as number;
    const text = texts[index] as string;
    const earlier = distinct.find((d) => sameFolded(texts[d] as string, text));
    if (earlier === undefined) distinct.push(index);
    else first[index] = earlier;
  }
}
