import * as tls from 'node:tls';
import type { Session } from 'electron';
import { proxyFromPacResult } from '../exchange/transport/pac-result';
import type { NetworkSettings } from '../host/network-settings';

/**
 * The desktop app's network path is the one the OS gives the user's browser: the proxy from the system settings
 * or PAC script, as Chromium resolves it for that URL (https://www.electronjs.org/docs/latest/api/session#sesresolveproxyurl),
 * and the OS trust store (where IT installs an inspecting proxy's root) on top of Node's bundled roots. A
 * launch from the Dock, Start menu or a .desktop file has no HTTPS_PROXY or NODE_EXTRA_CA_CERTS to go by.
 */
export function osNetwork(session: Pick<Session, 'resolveProxy'>, systemCa: readonly string[]): NetworkSettings {
  return {
    proxyFor: async (target) => proxyFromPacResult(await session.resolveProxy(target.href)),
    extraCa: systemCa,
  };
}

type CaReader = (type: 'system') => string[];

/**
 * The OS trust store's certificates (Keychain, the Windows store, /etc/ssl/certs) as PEM, through Node's
 * tls.getCACertificates('system') (https://nodejs.org/api/tls.html#tlsgetcacertificatestype); empty on a
 * Node without it, where the bundled roots and NODE_EXTRA_CA_CERTS still apply.
 */
export function systemCertificates(reader = (tls as { getCACertificates?: CaReader }).getCACertificates): string[] {
  if (!reader) return [];
  try {
    return reader('system');
  } catch {
    return [];
  }
}
