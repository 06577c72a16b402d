// Finds the first earlier occurrence of each key in one linear pass. An open-addressing table
// over row indexes: on 100,000 fresh strings it is several times faster than a Map, whose
// per-entry cost dominated `check` (measured with bench/main.ts).

export type FirstOccurrence = {
  /** Index of the first key equal to `key`, or -1 after recording `index` as its first. */
  firstOf(key: string, index: number): number;
};

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function firstOccurrenceIndex(expected: number): FirstOccurrence {
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, expected * 2)));
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const keys: string[] = [];
  let used = 0;
  return {
    firstOf(key, index) {
      let slot = hash(key) & mask;
      for (;;) {
        const at = slots[slot] as number;
        if (at < 0) break;
        if (keys[at] === key) return at;
        slot = (slot + 1) & mask;
      }
      if (used * 2 >= size) throw new Error("firstOccurrenceIndex: more keys than expected");
      slots[slot] = index;
      keys[index] = key;
      used++;
      return -1;
    },
  };
}
