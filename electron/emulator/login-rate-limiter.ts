const HOUR_MS = 3_600_000;

/**
 * Salesforce caps logins per user per hour (about 3,600: docs/salesforce-jwt.md, `rate_limit_exceeded`). Counts
 * the successful logins of each user over the trailing hour.
 */
export class LoginRateLimiter {
  private readonly logins = new Map<string, number[]>();

  constructor(private readonly perUserPerHour: number) {}

  exceeded(username: string, nowMs: number): boolean {
    const recent = (this.logins.get(username) ?? []).filter((t) => t > nowMs - HOUR_MS);
    this.logins.set(username, recent);
    return recent.length >= this.perUserPerHour;
  }

  count(username: string, nowMs: number): void {
    const list = this.logins.get(username) ?? [];
    list.push(nowMs);
    this.logins.set(username, list);
  }
}
