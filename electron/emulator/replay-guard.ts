/**
 * Salesforce rejects an assertion whose `jti` it has seen before (docs/salesforce-jwt.md, "The assertion": replay
 * protection) with `invalid_grant` / `invalid assertion`. Ids are remembered per app (per `iss`).
 */
export class ReplayGuard {
  private readonly seen = new Set<string>();

  /** True when this jti was already used with this app; remembers it otherwise. */
  replayed(consumerKey: string, jti: string): boolean {
    const key = `${consumerKey}\u0000${jti}`;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }
}
