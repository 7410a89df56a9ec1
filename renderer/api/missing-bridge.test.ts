import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api/contract';
import { isDesktopPage, missingBridgeClient } from './missing-bridge';

describe('a desktop page without its bridge', () => {
  it('is told apart from the web host by its scheme', () => {
    expect(isDesktopPage('app:')).toBe(true);
    expect(isDesktopPage('file:')).toBe(true);
    expect(isDesktopPage('http:')).toBe(false);
    expect(isDesktopPage('https:')).toBe(false);
  });

  it('answers every method with "the desktop bridge is missing", never a pointer to npm run web', async () => {
    const client = missingBridgeClient() as unknown as Record<string, () => Promise<unknown>>;
    for (const method of methodNames) {
      const answer = await client[method]?.();
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'bridge-missing' } });
      expect(JSON.stringify(answer)).toContain('The desktop bridge is missing');
      expect(JSON.stringify(answer)).not.toContain('npm run web');
    }
  });
});
