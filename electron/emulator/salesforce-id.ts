import { createHash } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The case-insensitive suffix Salesforce appends to a 15-character id: for each 5-character chunk, a bit per
 * upper-case letter, read right to left, picks one of 32 characters.
 */
function caseSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15[chunk * 5 + i]!;
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return suffix;
}

/**
 * A stable, Salesforce-shaped 18-character record id: the key prefix (`00D` org, `005` user), 12 characters
 * derived from `seed`, and the case suffix. Same seed, same id: an emulated org keeps its ids across restarts.
 */
export function salesforceId(keyPrefix: string, seed: string): string {
  const digest = createHash('sha256').update(`${keyPrefix}:${seed}`).digest();
  let body = '';
  for (let i = 0; i < 12; i++) body += BASE62[digest[i]! % 62];
  const id15 = `${keyPrefix}${body}`;
  return `${id15}${caseSuffix(id15)}`;
}
