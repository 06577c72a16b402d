// Finds the first earlier occurrence of each key, ignoring case and surrounding spaces, in linear
// time. Each text is hashed as it stands (no lower-cased copy unless it has letters beyond ASCII),
// the hashes are sorted by radix (four passes over a typed array, each writing into 256 runs), and
// equal hashes are then compared as text. A hash table over row indexes did the same with a cache
// miss per row; on 100,000 accounts this takes about half the time (profiled with bench/main.ts).

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

/**
 * For each of `count` texts (`textAt(i)`, or null for none), the index of the first text equal to
 * it (case and outer spaces ignored), or -1 where it is the first (or null).
 */
export function firstOccurrences(count: number, textAt: (index: number) => string | null): Int32Array {
  const texts: string[] = new Array<string>(count);
  let keys = new Uint32Array(count);
  let order = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const raw = textAt(i);
    if (raw === null) continue;
    const text = raw.trim();
    texts[i] = text;
    keys[n] = foldedHash(text);
    order[n++] = i;
  }
  // LSD radix sort of (key, index) by key, 8 bits a pass; stable, so equal keys stay in index order.
  let spareKeys = new Uint32Array(n);
  let spareOrder = new Int32Array(n);
  const starts = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    starts.fill(0);
    for (let j = 0; j < n; j++) (starts[((keys[j] as number) >>> shift) & 255] as number)++;
    for (let b = 0, sum = 0; b < 256; b++) {
      const size = starts[b] as number;
      starts[b] = sum;
      sum += size;
    }
    for (let j = 0; j < n; j++) {
      const key = keys[j] as number;
      const at = (starts[(key >>> shift) & 255] as number)++;
      spareKeys[at] = key;
      spareOrder[at] = order[j] as number;
    }
    [keys, spareKeys] = [spareKeys, keys];
    [order, spareOrder] = [spareOrder, order];
  }
  const first = new Int32Array(count).fill(-1);
  for (let j = 0; j < n;) {
    let end = j + 1;
    while (end < n && keys[end] === keys[j]) end++;
    if (end - j > 1) markRepeats(order.subarray(j, end), texts, first);
    j = end;
  }
  return first;
}

/**
 * Within indexes (ascending) whose texts share a hash: each text equal to an earlier one points to
 * the earliest. Compared only with the earlier distinct texts, so a text repeated 10,000 times
 * costs 10,000 comparisons, not 50 million.
 */
function markRepeats(indexes: Int32Array, texts: readonly string[], first: Int32Array): void {
  const distinct: number[] = [];
  for (const index of indexes) {
    const text = texts[index] as string;
    const earlier = distinct.find((d) => sameFolded(texts[d] as string, text));
    if (earlier === undefined) distinct.push(index);
    else first[index] = earlier;
  }
}
