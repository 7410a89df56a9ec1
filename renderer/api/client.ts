import { type MethodName, methodNames, type StudioApi } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { isDesktopPage, missingBridgeClient } from './missing-bridge';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser host. */
    studio?: StudioApi;
  }
}

const SECRET_HEADER = 'x-studio-secret';

/** The browser host's client: the same methods, each a POST to /api/<method> carrying the launch secret. */
function httpClient(): StudioApi {
  const secret = document.querySelector<HTMLMetaElement>('meta[name="studio-secret"]')?.content ?? '';
  const call = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
        body: input === undefined ? '' : JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'host-unreachable',
          message: 'The SF JWT Studio web host does not answer.',
          hint: 'It may have been stopped: run npm run web again and reload this page.',
        },
      };
    }
  };
  return Object.fromEntries(methodNames.map((m) => [m, (input?: unknown) => call(m, input)])) as unknown as StudioApi;
}

/** The renderer's one client: Electron's bridge when present, else the web host over HTTP (never from a desktop page). */
export const api: StudioApi = window.studio ?? (isDesktopPage() ? missingBridgeClient() : httpClient());
