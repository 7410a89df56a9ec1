import type { NetworkErrorKind } from '../../../shared/salesforce/exchange-outcome';

/** A request that got no HTTP response, classified for the diagnosis (dns-failure, tls-error, …). */
export class NetworkError extends Error {
  readonly kind: NetworkErrorKind;
  readonly errno?: string;

  constructor(kind: NetworkErrorKind, message: string, errno?: string) {
    super(message);
    this.name = 'NetworkError';
    this.kind = kind;
    if (errno !== undefined) this.errno = errno;
  }
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);
const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
/** OpenSSL's verification errors as Node reports them, plus protocol failures (e.g. https to an http port). */
const TLS = /^(ERR_TLS_|ERR_SSL_|EPROTO$|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** An http:// URL whose port answered in TLS: the one fix is the scheme. */
export function tlsPortError(target: URL): NetworkError {
  const https = `https://${target.host}`;
  return new NetworkError(
    'tls',
    `${target.host} answered in TLS: this port speaks TLS: use ${https} instead of http://.`,
    'TLS_PORT',
  );
}

/**
 * Whether an HTTP parse error is a TLS record: a content type of alert (0x15) or handshake (0x16) followed by
 * the TLS major version 3 (RFC 8446 §5.1), which Node attaches as `rawPacket`.
 */
function isTlsRecord(error: unknown): boolean {
  const raw = (error as { rawPacket?: unknown }).rawPacket;
  return raw instanceof Uint8Array && raw.length >= 2 && (raw[0] === 0x15 || raw[0] === 0x16) && raw[1] === 0x03;
}

/** Turns what node:http/https/net/tls throw into a NetworkError with a plain-language message. */
export function classifyNetworkError(error: unknown, target: URL, via?: URL): NetworkError {
  if (error instanceof NetworkError) return error;
  const errno = (error as { code?: unknown }).code;
  const code = typeof errno === 'string' ? errno : undefined;
  const where = via ? `the proxy ${via.host}` : target.host;
  if (code && DNS.has(code))
    return new NetworkError('dns', `The host name ${via ? via.hostname : target.hostname} does not resolve.`, code);
  if (code && REFUSED.has(code)) return new NetworkError('refused', `Nothing accepts connections at ${where}.`, code);
  if (code === 'ETIMEDOUT') return new NetworkError('timeout', `Connecting to ${where} timed out.`, code);
  if (target.protocol === 'http:' && isTlsRecord(error)) return tlsPortError(target);
  if (code && TLS.test(code)) {
    const detail = (error as Error).message?.split('\n')[0]?.slice(0, 200) ?? code;
    return new NetworkError('tls', `The TLS connection to ${target.host} failed: ${detail}.`, code);
  }
  if ((code && RESET.has(code)) || /socket hang up/i.test(String((error as Error).message))) {
    return new NetworkError('reset', `${where} closed the connection before answering.`, code ?? 'ECONNRESET');
  }
  return new NetworkError('reset', `The connection to ${where} failed.`, code);
}
