// Order statistics over row positions (a Fenwick tree): how many marked rows are at or before a
// row, and which row is the k-th marked one, each in O(log n). The seat pass asks "is this row past
// the seats left?" (its rank among the rows that use a seat) without walking the sheet.

export type Fenwick = {
  readonly size: number;
  /** Marks (+1) or unmarks (-1) position `i`. */
  add(i: number, delta: 1 | -1): void;
  /** Marked positions in [0, i]. */
  rank(i: number): number;
  /** Position of the k-th marked position (k >= 1), or `size` when there are fewer than k. */
  kth(k: number): number;
  readonly total: number;
};

export function createFenwick(size: number, marked: (i: number) => boolean = () => false): Fenwick {
  const tree = new Int32Array(size + 1);
  let total = 0;
  // Linear build: each node adds itself to its parent once.
  for (let i = 1; i <= size; i++) {
    if (marked(i - 1)) {
      tree[i] = (tree[i] as number) + 1;
      total++;
    }
    const parent = i + (i & -i);
    if (parent <= size) tree[parent] = (tree[parent] as number) + (tree[i] as number);
  }
  let top = 1;
  while (top * 2 <= size) top *= 2;
  return {
    size,
    get total() {
      return total;
    },
    add(i, delta) {
      total += delta;
      for (let j = i + 1; j <= size; j += j & -j) tree[j] = (tree[j] as number) + delta;
    },
    rank(i) {
      let sum = 0;
      for (let j = Math.min(i, size - 1) + 1; j > 0; j -= j & -j) sum += tree[j] as number;
      return sum;
    },
    kth(k) {
      if (k < 1 || k > total) return size;
      let pos = 0;
      let rest = k;
      for (let step = top; step > 0; step >>= 1) {
        const next = pos + step;
        if (next <= size && (tree[next] as number) < rest) {
          pos = next;
          rest -= tree[next] as number;
        }
      }
      return pos; // 0-based position of the k-th mark
    },
  };
}
