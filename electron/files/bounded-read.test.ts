import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBounded, readBoundedSync, readStdinBounded } from './bounded-read';

const dir = mkdtempSync(join(tmpdir(), 'bounded-read-'));
const options = { maxBytes: 1024, what: 'a test file' };

describe('readBounded and readBoundedSync', () => {
  it('read a file up to the cap exactly, and refuse one byte more', async () => {
    const exact = join(dir, 'exact');
    writeFileSync(exact, 'x'.repeat(1024));
    const over = join(dir, 'over');
    writeFileSync(over, 'x'.repeat(1025));
    expect((await readBounded(exact, options)).length).toBe(1024);
    expect(readBoundedSync(exact, options).length).toBe(1024);
    await expect(readBounded(over, options)).rejects.toMatchObject({ code: 'file-too-large' });
    expect(() => readBoundedSync(over, options)).toThrow(expect.objectContaining({ code: 'file-too-large' }));
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    expect((await readBounded(empty, options)).length).toBe(0);
  });

  it('stop at the cap on a device that never ends, and refuse a pipe with no writer, a folder, a missing path', async () => {
    await expect(readBounded('/dev/zero', options)).rejects.toMatchObject({ code: 'file-too-large' });
    expect(() => readBoundedSync('/dev/urandom', options)).toThrow(expect.objectContaining({ code: 'file-too-large' }));
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readBounded(fifo, options)).rejects.toMatchObject({ code: 'not-a-file' });
    expect(() => readBoundedSync(fifo, options)).toThrow(expect.objectContaining({ code: 'not-a-file' }));
    await expect(readBounded(dir, options)).rejects.toMatchObject({ code: 'not-a-file' });
    await expect(readBounded(join(dir, 'missing'), options)).rejects.toMatchObject({ code: 'file-not-found' });
  });

  it('bound standard input by the bytes piped in', async () => {
    const under = new PassThrough();
    under.end('y'.repeat(1024));
    expect((await readStdinBounded(under, 1024, 'a token')).length).toBe(1024);
    const over = new PassThrough();
    over.end('y'.repeat(1025));
    await expect(readStdinBounded(over, 1024, 'a token')).rejects.toMatchObject({ code: 'input-too-large' });
  });
});
