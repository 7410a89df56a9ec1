import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appVersion } from '../host/app-version';
import type { HostContext } from '../host/host-context';
import { createServices } from '../host/services';
import { answerIpc } from './ipc-answer';

const dataDir = mkdtempSync(join(tmpdir(), 'ipc-answer-'));
const ctx: HostContext = {
  host: 'electron',
  version: appVersion,
  platform: process.platform,
  dataDir,
  files: { deliver: async () => ({ kind: 'cancelled' }) },
  services: createServices({ dataDir }),
};

describe('the main process answer to one IPC call', () => {
  it("dispatches the main frame's call, and refuses any other sender with a coded error and a hint", async () => {
    const mainFrame = { url: 'app://studio/index.html#/' };
    expect(await answerIpc('app.info', undefined, { frame: mainFrame, mainFrame }, ctx)).toMatchObject({
      ok: true,
      value: { host: 'electron', version: appVersion },
    });
    const other = { url: 'app://studio/index.html#/' };
    for (const frame of [other, null, undefined]) {
      expect(await answerIpc('app.info', undefined, { frame, mainFrame }, ctx)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This window may not call SF JWT Studio.', hint: expect.any(String) },
      });
    }
  });
});
