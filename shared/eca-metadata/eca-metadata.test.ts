import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { ecaApiNameProblem, ecaMetadataFiles } from './eca-metadata';
import { storeZip } from './store-zip';

/** Python's zipfile as the independent reader: checks every CRC and returns each entry's text. */
function readZip(bytes: Uint8Array): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), 'sfjs-zip-')), 'test.zip');
  writeFileSync(file, bytes);
  const script =
    'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('store-only zip', () => {
  it('computes the zip CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes entries that another zip reader extracts byte for byte, UTF-8 names included', () => {
    const entries = { 'a/readme.md': '# Bonjour, ça va?\n', 'a/b/empty.txt': '', 'ü/名前.xml': '<x>&amp;</x>' };
    const zip = storeZip(Object.entries(entries).map(([path, content]) => ({ path, content })));
    expect(readZip(zip)).toEqual(entries);
  });
});

describe('External Client App metadata', () => {
  const certificatePem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  it('escapes XML text and puts the certificate in the global OAuth settings', () => {
    const files = ecaMetadataFiles({ apiName: 'R_and_D', label: 'R&D <JWT>', contactEmail: 'a@b.com', certificatePem });
    const eca = files.find((f) => f.path.endsWith('.eca-meta.xml'))?.content as string;
    expect(eca).toContain('<label>R&amp;D &lt;JWT&gt;</label>');
    const global = files.find((f) => f.path.endsWith('.ecaGlblOauth-meta.xml'))?.content as string;
    expect(global).toContain(`<certificate>${certificatePem.trim()}</certificate>`);
    expect(files.map((f) => f.path)).toContain(
      'R_and_D/force-app/main/default/extlClntAppOauthSettings/R_and_D_oauth.ecaOauth-meta.xml',
    );
  });

  it('accepts only Salesforce API names', () => {
    expect(ecaApiNameProblem('JWT_Integration')).toBeUndefined();
    for (const bad of ['1app', 'my app', 'a__b', 'trailing_', 'x'.repeat(41)]) expect(ecaApiNameProblem(bad), bad).toBeDefined();
  });
});
