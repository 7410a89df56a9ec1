import { BEARER_PREFIX } from './read-compact-jwt';

/** One kind of copy damage taken out of a pasted token, with what exactly was taken out. */
export interface Removal {
  what: 'bearer-prefix' | 'quotes' | 'whitespace' | 'padding';
  /** How a person reads it: "the Bearer prefix", "3 line breaks". */
  label: string;
  /** The characters removed, shown visibly (⏎ for a line break, · for a space). */
  removed: string;
}

export interface CleanedToken {
  token: string;
  removals: Removal[];
}

const visible = (text: string) => text.replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '·');
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Takes out what a copy adds to a compact JWT and Salesforce refuses: an Authorization header's `Bearer `, the
 * quotes of a JSON or shell string, spaces and line breaks from a wrapped copy, and `=` padding (RFC 7515 §2:
 * base64url without padding). Only those: anything else wrong is left for the findings to name.
 */
export function cleanToken(text: string): CleanedToken {
  const removals: Removal[] = [];
  let token = text.trim();
  for (let round = 0; round < 2; round += 1) {
    const quoted = /^(["'`])([\s\S]*)\1$/.exec(token);
    if (quoted) {
      removals.push({ what: 'quotes', label: 'the surrounding quotes', removed: `${quoted[1]}…${quoted[1]}` });
      token = (quoted[2] as string).trim();
    }
    const prefix = BEARER_PREFIX.exec(token);
    if (prefix) {
      removals.push({ what: 'bearer-prefix', label: 'the "Bearer " prefix', removed: visible(prefix[0]) });
      token = token.slice(prefix[0].length);
    }
  }
  const spaces = token.match(/\s+/g) ?? [];
  if (spaces.length > 0) {
    const breaks = spaces.join('').match(/\n/g)?.length ?? 0;
    const others = spaces.join('').replace(/\r?\n/g, '').length;
    const parts = [breaks > 0 ? plural(breaks, 'line break') : '', others > 0 ? plural(others, 'space') : ''].filter(Boolean);
    removals.push({ what: 'whitespace', label: parts.join(' and '), removed: spaces.map(visible).join(' ') });
    token = token.replace(/\s+/g, '');
  }
  const padding = token.match(/=+(?=\.|$)/g) ?? [];
  if (padding.length > 0) {
    const count = padding.join('').length;
    removals.push({ what: 'padding', label: plural(count, '= padding character'), removed: padding.join(' ') });
    token = token.replace(/=+(?=\.|$)/g, '');
  }
  return { token, removals };
}
