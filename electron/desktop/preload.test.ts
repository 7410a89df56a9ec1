import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../shared/api/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed[key] = api;
    },
  },
  ipcRenderer: { invoke },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    await import('./preload');
  });

  it('exposes window.studio with exactly the contract methods, and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['studio']);
    const studio = exposed.studio as Record<string, unknown>;
    expect(Object.keys(studio).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) expect(typeof studio[method]).toBe('function');
    expect(studio).not.toHaveProperty('ipcRenderer');
    expect(studio).not.toHaveProperty('invoke');
  });

  it('sends each method over its own IPC channel', async () => {
    const studio = exposed.studio as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const method of methodNames) {
      invoke.mockClear();
      await studio[method]?.({ probe: method });
      expect(invoke).toHaveBeenCalledWith(ipcChannel(method), { probe: method });
    }
  });

  it('answers a rejected invoke with a coded Result, never a rejected promise', async () => {
    const studio = exposed.studio as Record<string, (input?: unknown) => Promise<unknown>>;
    invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'keys.generate': a secret-bearing message"));
    const answer = await studio[methodNames[0] as string]?.({});
    expect(answer).toEqual({
      ok: false,
      error: { code: 'bridge-failed', message: expect.any(String), hint: expect.stringContaining('restart') },
    });
    expect(JSON.stringify(answer)).not.toContain('secret-bearing');
  });
});
