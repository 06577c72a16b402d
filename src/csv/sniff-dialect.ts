// Delimiter and line ending, read from the first record only (the header), outside quotes.
export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export type Dialect = { delimiter: Delimiter; newline: "\r\n" | "\n" | "\r" };

export function sniffDialect(text: string): Dialect {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      return { delimiter: mostUsed(counts), newline: ch === "\r" ? (text.charAt(i + 1) === "\n" ? "\r\n" : "\r") : "\n" };
    } else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  return { delimiter: mostUsed(counts), newline: "\r\n" };
}

function mostUsed(counts: Map<Delimiter, number>): Delimiter {
  let best: Delimiter = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function delimiterName(d: Delimiter): string {
  return d === "," ? "comma" : d === ";" ? "semicolon" : "tab";
}
