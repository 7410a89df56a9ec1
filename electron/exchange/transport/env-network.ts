import { readFileSync } from 'node:fs';
import { transportErrors } from '../../../shared/errors/transport-errors';
import type { NetworkSettings } from '../../host/network-settings';
import { type ProxyEnv, proxyFor } from './proxy-env';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM bundle file, or a coded error a user can act on. */
export function readCaFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw transportErrors.raise('ca-file-unreadable', `The CA file ${path} cannot be read (${why}).`);
  }
  const certificates = text.match(PEM_CERTIFICATE) ?? [];
  if (certificates.length === 0) {
    throw transportErrors.raise('ca-file-unreadable', `The CA file ${path} holds no PEM certificate.`);
  }
  return certificates;
}

/**
 * Browser mode and the CLI: the proxy from HTTPS_PROXY / NO_PROXY, and extra roots from NODE_EXTRA_CA_CERTS and
 * `--ca-file`. Node reads NODE_EXTRA_CA_CERTS only into its default store, which an explicit `ca` list replaces,
 * so it is read here too (https://nodejs.org/api/cli.html#node_extra_ca_certsfile); a file Node could not read
 * was already reported by Node at startup and is skipped.
 */
export function envNetwork(env: ProxyEnv = process.env, caFile?: string): NetworkSettings {
  const extra = env.NODE_EXTRA_CA_CERTS?.trim();
  let fromEnv: string[] = [];
  if (extra) {
    try {
      fromEnv = readCaFile(extra);
    } catch {
      fromEnv = [];
    }
  }
  return {
    proxyFor: async (target) => proxyFor(target, env),
    extraCa: [...fromEnv, ...(caFile ? readCaFile(caFile) : [])],
  };
}
