import { describe, expect, it } from 'vitest';
import { environmentSchema } from './environment-schema';

describe('environmentSchema', () => {
  it('keeps a sandbox name, for the username check, on a Connected App sandbox', () => {
    expect(environmentSchema.parse({ kind: 'sandbox', sandboxName: 'uat' })).toEqual({ kind: 'sandbox', sandboxName: 'uat' });
    expect(environmentSchema.parse({ kind: 'sandbox' })).toEqual({ kind: 'sandbox' });
  });

  it('refuses unknown kinds, unknown fields and empty names with a coded error', () => {
    for (const bad of [
      { kind: 'moon' },
      { kind: 'production', sandboxName: 'uat' },
      { kind: 'sandbox', sandboxName: '' },
      null,
    ]) {
      expect(() => environmentSchema.parse(bad), JSON.stringify(bad)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
  });
});
