import { refuse } from './soql-error';

export type TokenKind = 'word' | 'string' | 'number' | 'date' | 'datetime' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The source text (for strings: the unescaped value). */
  text: string;
  /** Offset in the query, for error carets. */
  pos: number;
}

/** The longest query the emulator reads; Salesforce's own limit is 100,000 characters. */
export const MAX_QUERY_LENGTH = 100_000;

/** Sticky patterns, tried in this order at the current offset: a date must win over a number. */
const PATTERNS: [Exclude<TokenKind, 'string' | 'op' | 'punct' | 'eof'>, RegExp][] = [
  ['datetime', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})/y],
  ['date', /\d{4}-\d{2}-\d{2}(?![\d:T])/y],
  ['number', /-?\d+(?:\.\d+)?(?![\w.])/y],
  ['word', /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y],
];
const OPS = ['!=', '<>', '<=', '>=', '=', '<', '>'];
const PUNCT = ',():';
/** SOQL's string escapes (SOQL and SOSL Reference, "Quoted String Escape Sequences"); \% and \_ stay for LIKE. */
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function readString(query: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < query.length) {
    const c = query[i]!;
    if (c === "'") return { value, end: i + 1 };
    if (c === '\\') {
      const next = query[i + 1];
      if (next === undefined) break;
      if (next === '%' || next === '_') value += `\\${next}`;
      else if (ESCAPES[next] !== undefined) value += ESCAPES[next];
      else
        refuse(
          'MALFORMED_QUERY',
          query,
          i,
          `Invalid string literal '\\${next}'. Illegal character sequence '\\${next}' in string literal.`,
        );
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  return refuse('MALFORMED_QUERY', query, start, 'line 1:0 unterminated string literal');
}

function matchAt(query: string, at: number): { kind: TokenKind; text: string } | undefined {
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = at;
    const m = pattern.exec(query);
    if (m) return { kind, text: m[0] };
  }
  return undefined;
}

/** Splits a query into tokens; dotted field paths (`Profile.Name`) are one word. */
export function tokenize(query: string): Token[] {
  if (query.length > MAX_QUERY_LENGTH)
    refuse('MALFORMED_QUERY', query, 0, `Query is longer than ${MAX_QUERY_LENGTH} characters.`);
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      const { value, end } = readString(query, i);
      tokens.push({ kind: 'string', text: value, pos: i });
      i = end;
      continue;
    }
    const match = matchAt(query, i);
    if (match) {
      tokens.push({ ...match, pos: i });
      i += match.text.length;
      continue;
    }
    const op = OPS.find((o) => query.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, pos: i });
      i += op.length;
      continue;
    }
    if (PUNCT.includes(c)) {
      tokens.push({ kind: 'punct', text: c, pos: i });
      i++;
      continue;
    }
    refuse('MALFORMED_QUERY', query, i, `unexpected token: '${c}'`);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', pos: query.length });
  return tokens;
}
