import { describe, expect, it } from 'vitest';
import { preloadFailure, rendererGoneFailure, userDataFailure } from './startup-failures';

describe('startup failures the user is told about', () => {
  it('a broken preload names the file and what to do, in one line', () => {
    const failure = preloadFailure('/opt/app/preload.cjs', new SyntaxError('Unexpected token\n    at stack frame'));
    expect(failure.title).toBe('SF JWT Studio could not start its desktop bridge');
    expect(failure.message).toContain('/opt/app/preload.cjs failed: Unexpected token.');
    expect(failure.message).not.toContain('stack frame');
    expect(failure.message).toContain('Reinstall');
  });

  it('a crashed window is reported, a clean exit is not', () => {
    expect(rendererGoneFailure({ reason: 'oom', exitCode: 137 })?.message).toContain('(oom, exit code 137)');
    expect(rendererGoneFailure({ reason: 'clean-exit', exitCode: 0 })).toBeUndefined();
  });

  it('a data folder that cannot be made says which and how to choose another', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const failure = userDataFailure('/root/x', error);
    expect(failure.message).toContain('/root/x cannot be created or used (EACCES)');
    expect(failure.message).toContain('--user-data-dir=');
  });
});
