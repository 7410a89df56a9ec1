import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { cli } from '../../test-support/cli-harness';

describe('CLI', () => {
  it('prints the version and nothing else', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints help on --help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('usage: sf-jwt-studio <command>');
  });

  it('reports an unknown command on stderr with a non-zero exit', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error [unknown-command]');
  });
});
