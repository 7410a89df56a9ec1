import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opensslKeyPair } from '../../test-support/emulator-test-kit';
import { parseEmulatorConfig } from './emulator-config-parse';
import { workingOrg } from './working-org';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("README's example configuration", () => {
  it('parses, and is the working org every test and the rehearsal start from', () => {
    const block = /cat > org\.json <<'JSON'\n([\s\S]*?)\nJSON\n/.exec(README)?.[1];
    expect(block, 'the org.json heredoc in "Rehearse offline from the shell"').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'readme-example-'));
    try {
      const { certificatePem } = opensslKeyPair();
      mkdirSync(join(dir, 'kit'));
      writeFileSync(join(dir, 'kit', 'acme_jwt.crt'), certificatePem);
      const parsed = parseEmulatorConfig(JSON.parse(block!), dir);
      const expected = workingOrg({
        org: { type: 'production', myDomain: 'acme', name: 'Acme Corporation' },
        certificatePem,
        username: 'admin@acme.com',
        consumerKey: '3MVG9demoConsumerKey.abcdefghijklmnopqrstuvwxyz0123456789',
        appName: 'Nightly Sync',
      });
      expect(parsed).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
