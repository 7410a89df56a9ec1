import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-row';

/**
 * `npm run bench`: runs every `bench/*-bench.ts` module (each default-exports an async function returning
 * rows), prints one table, and writes the same figures to bench/results/latest.json.
 */
const dir = import.meta.dirname;
const only = process.argv[2];
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('-bench.ts') && (!only || f.startsWith(only)))
  .sort();

const rows: BenchRow[] = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchRow[]> };
  process.stderr.write(`bench: ${file}…\n`);
  rows.push(...(await mod.default()));
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const header = ['measure', 'median', 'anchor', 'anchor median', 'ratio', 'target', 'ok'];
const table = rows.map((r) => [
  r.name,
  `${fmt(r.value)} ${r.unit}`,
  r.anchor?.name ?? '',
  r.anchor ? `${fmt(r.anchor.value)} ${r.unit}` : '',
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  r.target ?? '',
  r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
console.log(`Machine: ${machine}`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));

mkdirSync(join(dir, 'results'), { recursive: true });
writeFileSync(
  join(dir, 'results', 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`,
);
