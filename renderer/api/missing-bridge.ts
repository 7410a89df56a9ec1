import { bridgeErrors } from '../../shared/api/bridge-errors';
import { type MethodName, methodNames, type StudioApi } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

/**
 * True when this page is the desktop app's (served from app://, or file:// by an older build) and not the web
 * host's: there no HTTP host exists to fall back to, so a missing `window.studio` is a broken preload.
 */
export function isDesktopPage(protocol: string = window.location.protocol): boolean {
  return protocol === 'app:' || protocol === 'file:';
}

/** The client of a desktop page whose preload did not run: every call says the bridge is missing. */
export function missingBridgeClient(): StudioApi {
  const answer = async (): Promise<Result<never>> => ({ ok: false, error: bridgeErrors.raise('bridge-missing').toShape() });
  return Object.fromEntries(methodNames.map((m: MethodName) => [m, answer])) as unknown as StudioApi;
}
