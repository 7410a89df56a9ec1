import type { CliCommand } from './cli-command';
import { keysInspectUsage, keysNewUsage } from './keys-usage';

/**
 * `keys new` and `keys inspect`. Each command loads its module (and node-forge) only when it runs, so
 * `--help` and every other command start without them.
 */
export const keysCommands: CliCommand[] = [
  {
    name: 'keys new',
    summary: 'generate an RSA key and its self-signed certificate, with JKS and PKCS#12 when a password is given',
    usage: keysNewUsage,
    run: async (args, io) => (await import('./keys-new-command')).runKeysNew(args, io),
  },
  {
    name: 'keys inspect',
    summary: 'print what a key, certificate or keystore file holds (kind, subject, fingerprints, key size)',
    usage: keysInspectUsage,
    run: async (args, io) => (await import('./keys-inspect-command')).runKeysInspect(args, io),
  },
];
