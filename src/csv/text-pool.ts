// Cells that repeat down a column (a group, a license type, a role) kept as one string each:
// a 1,000,000-row file has a handful of distinct groups but a million group cells, and every cell
// kept alive is memory the garbage collector copies and scans. The text is the same; only the
// number of copies in memory changes.

/** Returns each text as the first string seen with that text, for up to `limit` distinct texts. */
export function textPool(limit = 4096): (text: string) => string {
  const pool = new Map<string, string>();
  return (text) => {
    // One- and no-character strings are shared by the engine already.
    if (text.length < 2) return text;
    const known = pool.get(text);
    if (known !== undefined) return known;
    if (pool.size < limit) pool.set(text, text);
    return text;
  };
}
