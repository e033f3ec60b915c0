// Small order statistics for the benchmarks: machines here are noisy, so figures are medians and percentiles
// over repeated runs, compared as ratios to a baseline measured in the same run.

function sortedCopy(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no samples: a figure needs at least one measurement');
  if (values.some((value) => !Number.isFinite(value))) throw new Error('samples must be finite numbers');
  return [...values].sort((a, b) => a - b);
}

/** The middle sample (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest sample with at least p % of samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`percentile must be within 0..100, not ${p}`);
  const sorted = sortedCopy(values);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** value / baseline, refusing a zero or negative baseline rather than printing Infinity. */
export function ratio(value: number, baseline: number): number {
  if (!(baseline > 0)) throw new Error(`baseline must be positive, not ${baseline}`);
  return value / baseline;
}

export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
