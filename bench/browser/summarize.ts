import { percentile } from '../server/percentiles.js';

/** Order statistics of a sample (nearest rank), in the sample's unit; NaN when empty. */
export interface Summary {
  count: number;
  /** Unbiased even on a coarse timer (Chromium's jittered 100 µs steps); the median is not. */
  mean: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Summarizes a sample, rounded to a thousandth (µs for ms figures). */
export const summarize = (values: readonly number[]): Summary => ({
  count: values.length,
  mean: round(values.reduce((sum, v) => sum + v, 0) / values.length),
  median: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  p99: round(percentile(values, 99)),
  max: round(values.length > 0 ? Math.max(...values) : Number.NaN),
});
