import { refuse } from './soql-error';
import { type Token, tokenize } from './soql-lexer';

/** A field path as written (`Profile.Name`), with its offset for error carets. */
export interface FieldRef {
  parts: string[];
  pos: number;
}

/** SOQL date literals that name a range of days (SOQL and SOSL Reference, "Date Formats and Date Literals"). */
export type RelativeDate = { kind: 'TODAY' | 'YESTERDAY' | 'TOMORROW' } | { kind: 'LAST_N_DAYS' | 'NEXT_N_DAYS'; n: number };

export type Literal =
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'boolean'; value: boolean; pos: number }
  | { kind: 'null'; pos: number }
  | { kind: 'date'; value: string; pos: number }
  | { kind: 'datetime'; value: string; pos: number }
  | { kind: 'relative'; date: RelativeDate; pos: number };

export type ComparisonOp = '=' | '!=' | '<' | '>' | '<=' | '>=';

export type Condition =
  | { kind: 'and' | 'or'; parts: Condition[] }
  | { kind: 'not'; condition: Condition }
  | { kind: 'compare'; field: FieldRef; op: ComparisonOp; value: Literal }
  | { kind: 'in'; field: FieldRef; negated: boolean; values: Literal[] }
  | { kind: 'like'; field: FieldRef; pattern: Literal };

export interface OrderBy {
  field: FieldRef;
  descending: boolean;
  nullsLast: boolean;
}

export interface SelectQuery {
  /** `SELECT COUNT()`: only the number of matching records is returned. */
  count: boolean;
  fields: FieldRef[];
  object: { name: string; pos: number };
  where?: Condition;
  orderBy: OrderBy[];
  limit?: number;
  offset?: number;
}

/** Salesforce's maximum OFFSET. */
const MAX_OFFSET = 2000;
/** Nesting deeper than this is refused before it can exhaust the stack. */
const MAX_DEPTH = 50;
const RELATIVE_DATES = ['TODAY', 'YESTERDAY', 'TOMORROW'] as const;
const RELATIVE_RANGES = ['LAST_N_DAYS', 'NEXT_N_DAYS'] as const;

class Parser {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly query: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.i]!;
  }

  private next(): Token {
    const t = this.tokens[this.i]!;
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private isWord(word: string, token = this.peek()): boolean {
    return token.kind === 'word' && token.text.toUpperCase() === word;
  }

  private unexpected(token = this.peek()): never {
    const shown = token.kind === 'eof' ? '<EOF>' : token.kind === 'string' ? `'${token.text}'` : token.text;
    return refuse('MALFORMED_QUERY', this.query, token.pos, `unexpected token: ${shown}`);
  }

  private isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }

  private expectWord(word: string): Token {
    if (!this.isWord(word)) this.unexpected();
    return this.next();
  }

  private expectPunct(p: string): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.text !== p) this.unexpected(t);
  }

  private field(): FieldRef {
    const t = this.next();
    if (t.kind !== 'word') this.unexpected(t);
    return { parts: t.text.split('.'), pos: t.pos };
  }

  private integer(what: string): number {
    const t = this.next();
    if (t.kind !== 'number' || !/^\d+$/.test(t.text)) this.unexpected(t);
    const n = Number(t.text);
    if (!Number.isSafeInteger(n)) refuse('MALFORMED_QUERY', this.query, t.pos, `${what} is too large.`);
    return n;
  }

  parse(): SelectQuery {
    this.expectWord('SELECT');
    let count = false;
    const fields: FieldRef[] = [];
    if (this.isWord('COUNT') && this.tokens[this.i + 1]?.kind === 'punct' && this.tokens[this.i + 1]?.text === '(') {
      this.next();
      this.expectPunct('(');
      this.expectPunct(')');
      count = true;
    } else {
      do fields.push(this.field());
      while (this.isPunct(',') && this.next());
    }
    this.expectWord('FROM');
    const from = this.next();
    if (from.kind !== 'word' || from.text.includes('.')) this.unexpected(from);
    const query: SelectQuery = { count, fields, object: { name: from.text, pos: from.pos }, orderBy: [] };
    if (this.isWord('WHERE')) {
      this.next();
      query.where = this.condition();
    }
    if (this.isWord('ORDER')) {
      this.next();
      this.expectWord('BY');
      do query.orderBy.push(this.orderItem());
      while (this.isPunct(',') && this.next());
    }
    if (this.isWord('LIMIT')) {
      this.next();
      query.limit = this.integer('LIMIT');
    }
    if (this.isWord('OFFSET')) {
      const at = this.next();
      query.offset = this.integer('OFFSET');
      if (query.offset > MAX_OFFSET)
        refuse('MALFORMED_QUERY', this.query, at.pos, `Maximum SOQL offset allowed is ${MAX_OFFSET}`);
    }
    if (this.peek().kind !== 'eof') this.unexpected();
    return query;
  }

  private orderItem(): OrderBy {
    const field = this.field();
    let descending = false;
    if (this.isWord('ASC')) this.next();
    else if (this.isWord('DESC')) {
      this.next();
      descending = true;
    }
    // Salesforce's default: nulls first ascending, last descending.
    let nullsLast = descending;
    if (this.isWord('NULLS')) {
      this.next();
      if (this.isWord('FIRST')) nullsLast = false;
      else if (this.isWord('LAST')) nullsLast = true;
      else this.unexpected();
      this.next();
    }
    return { field, descending, nullsLast };
  }

  /**
   * `a AND b AND c` or `a OR b OR c`; mixing AND and OR at one level without parentheses is refused, as
   * Salesforce refuses it.
   */
  private condition(): Condition {
    const parts = [this.unary()];
    let joiner: 'AND' | 'OR' | undefined;
    while (this.isWord('AND') || this.isWord('OR')) {
      const word = this.peek().text.toUpperCase() as 'AND' | 'OR';
      if (joiner && joiner !== word) this.unexpected();
      joiner = word;
      this.next();
      parts.push(this.unary());
    }
    if (!joiner) return parts[0]!;
    return { kind: joiner === 'AND' ? 'and' : 'or', parts };
  }

  private unary(): Condition {
    if (++this.depth > MAX_DEPTH) refuse('MALFORMED_QUERY', this.query, this.peek().pos, 'The condition is nested too deeply.');
    let result: Condition;
    if (this.isWord('NOT')) {
      this.next();
      result = { kind: 'not', condition: this.unary() };
    } else if (this.isPunct('(')) {
      this.next();
      result = this.condition();
      this.expectPunct(')');
    } else {
      result = this.comparison();
    }
    this.depth--;
    return result;
  }

  private comparison(): Condition {
    const field = this.field();
    const t = this.peek();
    if (t.kind === 'op') {
      this.next();
      const op = (t.text === '<>' ? '!=' : t.text) as ComparisonOp;
      return { kind: 'compare', field, op, value: this.literal() };
    }
    if (this.isWord('LIKE')) {
      this.next();
      return { kind: 'like', field, pattern: this.literal() };
    }
    let negated = false;
    if (this.isWord('NOT') && this.isWord('IN', this.tokens[this.i + 1])) {
      this.next();
      negated = true;
    }
    if (this.isWord('IN')) {
      this.next();
      this.expectPunct('(');
      const values = [this.literal()];
      while (this.isPunct(',')) {
        this.next();
        values.push(this.literal());
      }
      this.expectPunct(')');
      return { kind: 'in', field, negated, values };
    }
    return this.unexpected();
  }

  private literal(): Literal {
    const t = this.next();
    const pos = t.pos;
    switch (t.kind) {
      case 'string':
        return { kind: 'string', value: t.text, pos };
      case 'number':
        return { kind: 'number', value: Number(t.text), pos };
      case 'date':
        return { kind: 'date', value: t.text, pos };
      case 'datetime':
        return { kind: 'datetime', value: t.text, pos };
      case 'word': {
        const word = t.text.toUpperCase();
        if (word === 'TRUE' || word === 'FALSE') return { kind: 'boolean', value: word === 'TRUE', pos };
        if (word === 'NULL') return { kind: 'null', pos };
        const single = RELATIVE_DATES.find((d) => d === word);
        if (single) return { kind: 'relative', date: { kind: single }, pos };
        const range = RELATIVE_RANGES.find((d) => d === word);
        if (range) {
          this.expectPunct(':');
          return { kind: 'relative', date: { kind: range, n: this.integer(range) }, pos };
        }
        return this.unexpected(t);
      }
      default:
        return this.unexpected(t);
    }
  }
}

/** Parses one SELECT of the emulator's SOQL subset (docs/emulator.md); throws SoqlRefusal (MALFORMED_QUERY). */
export function parseSoql(query: string): SelectQuery {
  return new Parser(query, tokenize(query)).parse();
}
