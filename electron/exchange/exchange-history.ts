import type { HistoryEntry } from '../../shared/salesforce/exchange-report';

const MAX_ENTRIES = 200;

/** In memory only, for the life of the host process; the jtis serve the replay diagnosis. */
export class ExchangeHistory {
  private readonly entries: HistoryEntry[] = [];
  private readonly jtis: string[] = [];

  add(entry: HistoryEntry, jti?: string): void {
    this.entries.unshift(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.pop();
    if (jti) this.jtis.push(jti);
  }

  list(): HistoryEntry[] {
    return [...this.entries];
  }

  usedJtis(): string[] {
    return [...this.jtis];
  }
}
