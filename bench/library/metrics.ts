/** Retrieval figures over the top 10 results, with binary relevance. */

export const CUTOFF = 10;

/** |relevant ∩ top 10| / min(10, |relevant|). */
export function recallAt10(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  const hits = ranked.slice(0, CUTOFF).filter((k) => relevant.has(k)).length;
  return hits / Math.min(CUTOFF, relevant.size);
}

/** DCG over the top 10 (gain 1 for a relevant document, 1/log2(rank+1)) over the ideal DCG. */
export function ndcgAt10(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  let dcg = 0;
  ranked.slice(0, CUTOFF).forEach((k, i) => {
    if (relevant.has(k)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(CUTOFF, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const mean = (xs: readonly number[]) =>
  xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
