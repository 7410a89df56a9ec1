/**
 * How the exchange reaches Salesforce from this host: which proxy a URL goes through and which extra roots are
 * trusted. The desktop app asks the OS (its proxy settings or PAC script, its trust store); browser mode and the
 * CLI read the environment (HTTPS_PROXY / NO_PROXY, NODE_EXTRA_CA_CERTS, `--ca-file`).
 */
export interface NetworkSettings {
  /** The proxy for a target, or undefined to connect directly. */
  proxyFor(target: URL): Promise<URL | undefined>;
  /** PEM certificates trusted on top of Node's bundled roots (a TLS-inspecting proxy's CA). */
  extraCa: readonly string[];
}
