import type { StudioApi } from '../../shared/api/contract';
import { createWebClient } from '../../shared/web-transport/web-transport';
import { isDesktopPage, missingBridgeClient } from './missing-bridge';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser host. */
    studio?: StudioApi;
  }
}

/**
 * The renderer's one client: Electron's bridge when present, else the web host over HTTP (its session cookie),
 * never from a desktop page, where a missing bridge is said as such.
 */
export const api: StudioApi = window.studio ?? (isDesktopPage() ? missingBridgeClient() : createWebClient());
