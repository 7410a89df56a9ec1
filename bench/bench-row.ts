/** One line of `npm run bench`: a measured figure beside its anchor, measured in the same run. */
export interface BenchRow {
  /** What was measured, e.g. "key kit (one CLI process)". */
  name: string;
  /** Median, in `unit`. */
  value: number;
  unit: 'ms' | 'µs' | 'ops/s' | 'KB';
  /** What it is compared with, measured in the same run. */
  anchor?: { name: string; value: number };
  /** value / anchor (or anchor / value for rates), and the target it should meet. */
  ratio?: number;
  target?: string;
  pass?: boolean;
  runs: number;
}
