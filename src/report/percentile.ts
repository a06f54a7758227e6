/**
 * Nearest-rank percentile (p in (0, 100]): the smallest value with at least p% of the values
 * at or below it. Chosen over interpolation so every reported time is one a case really took.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median as the 50th nearest-rank percentile (the lower middle for even counts). */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}
