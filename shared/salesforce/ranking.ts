import type { CauseCode } from './cause-code';

export interface Candidate {
  score: number;
  /** Evidence read in the admin's org (the org check): named before anything inferred. */
  seen: string[];
  /** Evidence from the assertion and the context: named first, it is what tells this case apart. */
  specific: string[];
  /** Evidence from the response itself. */
  response: string[];
  /** Fix steps that come from a lint finding, put before the catalogue's steps. */
  fixFirst: string[];
}

export class Ranking {
  private readonly candidates = new Map<CauseCode, Candidate>();

  add(
    code: CauseCode,
    score: number,
    evidence: { seen?: string[]; specific?: string[]; response?: string[]; fixFirst?: string[] } = {},
  ) {
    const c = this.candidates.get(code) ?? { score: 0, seen: [], specific: [], response: [], fixFirst: [] };
    c.score = Math.max(c.score, score);
    c.seen.push(...(evidence.seen ?? []));
    c.specific.push(...(evidence.specific ?? []));
    c.response.push(...(evidence.response ?? []));
    c.fixFirst.push(...(evidence.fixFirst ?? []));
    this.candidates.set(code, c);
  }

  has(code: CauseCode): boolean {
    return this.candidates.has(code);
  }

  ranked(): [CauseCode, Candidate][] {
    // Stable sort: equal scores keep the order the rules added them in (the catalogue's frequency order).
    return [...this.candidates.entries()].sort((a, b) => b[1].score - a[1].score);
  }
}
