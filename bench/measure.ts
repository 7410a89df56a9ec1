import { spawnSync } from 'node:child_process';

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs (after one warm-up run). */
export async function timeAsync(fn: () => unknown, runs = 5): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Wall time in ms of one process run; throws when it fails, so a broken anchor never yields a figure. */
export function timeProcess(command: string, args: string[], options: { cwd?: string; input?: string } = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd, input: options.input, stdio: ['pipe', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr?.toString().slice(0, 400)}`);
  return elapsed;
}

/**
 * Runs two measurements alternately, `runs` times each, so both see the same machine load; returns the
 * medians in ms.
 */
export async function sideBySide(a: () => number | Promise<number>, b: () => number | Promise<number>, runs = 5) {
  const as: number[] = [];
  const bs: number[] = [];
  await a();
  await b();
  for (let i = 0; i < runs; i++) {
    as.push(await a());
    bs.push(await b());
  }
  return { a: median(as), b: median(bs) };
}
