/**
 * Reads what Chromium's proxy resolution answers (Electron's `session.resolveProxy`): a PAC result such as
 * `PROXY proxy.corp:8080; DIRECT` (https://developer.mozilla.org/en-US/docs/Web/HTTP/Proxy_servers_and_tunneling/Proxy_Auto-Configuration_PAC_file#return_value_format).
 * The first entry this transport can use wins: DIRECT, or an HTTP(S) proxy it tunnels through with CONNECT.
 * SOCKS and HTTPS-proxy entries are skipped (no client for them here); a list of only SOCKS entries falls back to direct.
 */
export function proxyFromPacResult(result: string): URL | undefined {
  for (const entry of result.split(';')) {
    const [kind, hostPort] = entry.trim().split(/\s+/);
    const type = kind?.toUpperCase();
    if (type === 'DIRECT') return undefined;
    if ((type === 'PROXY' || type === 'HTTP') && hostPort) {
      try {
        return new URL(`http://${hostPort}`);
      } catch {
        // A malformed entry: try the next one.
      }
    }
  }
  return undefined;
}
