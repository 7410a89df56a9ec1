import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceFileSchema } from './workspace-file';

const ROUNDS = 30;
const SAVES_PER_ROUND = 30;
let script: string;

beforeAll(async () => {
  script = join(mkdtempSync(join(tmpdir(), 'sfjs-crash-')), 'save-loop.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../test-support/workspace-save-loop.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
});

/** Runs the save loop and kills it with SIGKILL after `killAfterAcks` acknowledgements (plus a random instant). */
function runAndKill(dataDir: string, from: number, killAfterAcks: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, String(from), String(SAVES_PER_ROUND)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    let last: number | undefined;
    let acks = 0;
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += String(chunk);
      for (const match of buffered.matchAll(/ack (\d+)\n/g)) {
        last = Number(match[1]);
        acks += 1;
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
      if (acks >= killAfterAcks && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 3);
    });
    child.once('error', reject);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(last);
    });
  });
}

describe('workspace under kill -9', () => {
  it(`${ROUNDS} kills during bounded save loops: the file always parses and holds at least the last acknowledged save`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sfjs-crash-data-'));
    let acknowledged: number | undefined;
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const last = await runAndKill(dataDir, next, 1 + Math.floor(Math.random() * (SAVES_PER_ROUND - 1)));
      if (last !== undefined) acknowledged = last;
      next += SAVES_PER_ROUND;
      if (acknowledged === undefined) continue;
      const file = workspaceFileSchema.parse(JSON.parse(readFileSync(join(dataDir, 'workspace.json'), 'utf8')));
      const saved = Number(/^user(\d+)@/.exec(file.wizard.username)?.[1]);
      expect(saved).toBeGreaterThanOrEqual(acknowledged);
    }
    expect(acknowledged).toBeDefined();
    // Each start removed the previous kill's temporary file: at most the last one is left.
    expect(readdirSync(dataDir).filter((n) => n.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
  }, 120_000);
});
