/**
 * The contract of a `npm run bench` section: one module per figure group under scripts/bench/,
 * listed in registry.ts. A section measures and returns plain figures; main.ts prints them as a
 * table or, with `--json`, merges every section's figures into one JSON object.
 */

/** A figure, or a group of figures printed under one name ("m10k": { appMs, bareMs, ratio }). */
export type Figure = number | { [name: string]: number };
export type Figures = Record<string, Figure>;

/** A goal from an issue, by dotted key ("m10k.ratio"): the table says whether it is met. */
export interface Goal {
  key: string;
  max?: number;
  min?: number;
}

export interface BenchContext {
  /** Progress and notes: stderr, so `--json` keeps stdout for the one JSON object. */
  log(message: string): void;
}

export interface BenchSection {
  /** Short heading in the table ("pipeline", "browser"). */
  name: string;
  /** What the figures mean, one line under the heading (units, runs, machine). */
  describe: string;
  goals?: readonly Goal[];
  /** Figures by key; keys must not collide with another section's. Throw when the measured code breaks. */
  run(context: BenchContext): Promise<Figures>;
}

/** Runs per figure; the figure is the median. */
export const RUNS = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Rounds for printing and JSON: figures are noisy past a few significant digits. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Thrown by a section that cannot run on this machine (no browser): reported, the exit code stays 0. */
export class SkipSection extends Error {}
