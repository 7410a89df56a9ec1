import { dateMs, relativeRange } from './soql-dates';
import { refuse, SoqlRefusal } from './soql-error';
import { type Condition, type FieldRef, type Literal, parseSoql, type SelectQuery } from './soql-parser';
import {
  findField,
  findObject,
  findRelationship,
  recordUrl,
  type SoqlAnswer,
  type SoqlDatabase,
  type SoqlError,
  type SoqlField,
  type SoqlObject,
  type SoqlRecord,
  type SoqlResultRecord,
  type SoqlValue,
} from './soql-schema';

export interface SoqlOptions {
  /** The clock for TODAY and LAST_N_DAYS:n. */
  nowMs: number;
  /** The version in each record's `attributes.url` (`66.0`). */
  apiVersion: string;
}

/** A field path resolved against the schema: the relationships followed, then the field read. */
interface ResolvedPath {
  steps: { field: SoqlField; object: SoqlObject }[];
  field: SoqlField;
  /** Canonical names: `['Profile', 'Name']`. */
  names: string[];
}

/** Salesforce follows at most five levels of parent relationships. */
const MAX_RELATIONSHIP_DEPTH = 5;
const TEXT_TYPES = new Set(['id', 'string', 'email', 'picklist', 'textarea', 'url', 'phone', 'reference']);
const NUMBER_TYPES = new Set(['int', 'double', 'currency']);

const CUSTOM_FIELD_HINT =
  "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";

class Evaluator {
  constructor(
    private readonly text: string,
    private readonly db: SoqlDatabase,
    private readonly options: SoqlOptions,
  ) {}

  resolve(root: SoqlObject, ref: FieldRef): ResolvedPath {
    const steps: ResolvedPath['steps'] = [];
    let object = root;
    const names: string[] = [];
    if (ref.parts.length - 1 > MAX_RELATIONSHIP_DEPTH) {
      refuse('MALFORMED_QUERY', this.text, ref.pos, `Parent relationships are limited to ${MAX_RELATIONSHIP_DEPTH} levels.`);
    }
    for (const part of ref.parts.slice(0, -1)) {
      const relationship = findRelationship(object, part);
      const target = relationship?.referenceTo ? findObject(this.db, relationship.referenceTo) : undefined;
      if (!relationship || !target) {
        refuse(
          'INVALID_FIELD',
          this.text,
          ref.pos,
          `Didn't understand relationship '${part}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
        );
      }
      steps.push({ field: relationship, object: target });
      names.push(relationship.relationshipName!);
      object = target;
    }
    const last = ref.parts.at(-1)!;
    const field = findField(object, last);
    if (!field)
      refuse('INVALID_FIELD', this.text, ref.pos, `No such column '${last}' on entity '${object.name}'. ${CUSTOM_FIELD_HINT}`);
    names.push(field.name);
    return { steps, field, names };
  }

  private parent(record: SoqlRecord, step: ResolvedPath['steps'][number]): SoqlRecord | null {
    const id = record[step.field.name];
    if (typeof id !== 'string') return null;
    return this.db.records(step.object.name).find((r) => sameId(r.Id, id)) ?? null;
  }

  read(record: SoqlRecord, path: ResolvedPath): SoqlValue {
    let current: SoqlRecord | null = record;
    for (const step of path.steps) {
      current = current ? this.parent(current, step) : null;
    }
    return current ? (current[path.field.name] ?? null) : null;
  }

  /** Refuses a value whose type cannot be compared with the field, with Salesforce's wording. */
  private checkLiteral(path: ResolvedPath, value: Literal): void {
    const { field } = path;
    if (value.kind === 'null') return;
    const fail = (type: string, quoted: boolean): never =>
      refuse(
        'INVALID_FIELD',
        this.text,
        value.pos,
        `value of filter criterion for field '${field.name}' must be of type ${type} and should ${quoted ? '' : 'not '}be enclosed in quotes`,
      );
    if (TEXT_TYPES.has(field.type)) {
      if (value.kind !== 'string') fail('string', true);
    } else if (field.type === 'boolean') {
      if (value.kind !== 'boolean') fail('boolean', false);
    } else if (NUMBER_TYPES.has(field.type)) {
      if (value.kind !== 'number') fail(field.type === 'int' ? 'integer' : 'double', false);
    } else if (field.type === 'date') {
      if (value.kind !== 'date' && value.kind !== 'relative') fail('date', false);
    } else if (field.type === 'datetime') {
      if (value.kind !== 'datetime' && value.kind !== 'relative') fail('dateTime', false);
    }
  }

  /** Sign of (field value − literal); undefined when either is null (null only equals null). */
  private compareTo(path: ResolvedPath, stored: SoqlValue, value: Literal): number | undefined {
    if (stored === null || value.kind === 'null') return undefined;
    switch (value.kind) {
      case 'string':
        return path.field.type === 'id' || path.field.type === 'reference'
          ? compareId(String(stored), value.value)
          : compareText(String(stored), value.value);
      case 'number':
        return Math.sign(Number(stored) - value.value);
      case 'boolean':
        return stored === value.value ? 0 : stored ? 1 : -1;
      case 'date':
      case 'datetime':
        return Math.sign(dateMs(String(stored)) - dateMs(value.value));
      case 'relative': {
        const ms = dateMs(String(stored));
        const { start, end } = relativeRange(value.date, this.options.nowMs);
        return ms < start ? -1 : ms >= end ? 1 : 0;
      }
    }
  }

  matches(root: SoqlObject, record: SoqlRecord, condition: Condition): boolean {
    switch (condition.kind) {
      case 'and':
        return condition.parts.every((c) => this.matches(root, record, c));
      case 'or':
        return condition.parts.some((c) => this.matches(root, record, c));
      case 'not':
        return !this.matches(root, record, condition.condition);
      case 'compare': {
        const path = this.resolve(root, condition.field);
        this.checkLiteral(path, condition.value);
        const stored = this.read(record, path);
        if (condition.value.kind === 'null' || stored === null) {
          const bothNull = stored === null && condition.value.kind === 'null';
          if (condition.op === '=') return bothNull;
          if (condition.op === '!=') return !bothNull;
          return false;
        }
        const sign = this.compareTo(path, stored, condition.value)!;
        return { '=': sign === 0, '!=': sign !== 0, '<': sign < 0, '>': sign > 0, '<=': sign <= 0, '>=': sign >= 0 }[
          condition.op
        ];
      }
      case 'in': {
        const path = this.resolve(root, condition.field);
        for (const v of condition.values) this.checkLiteral(path, v);
        const stored = this.read(record, path);
        const found = condition.values.some((v) => (v.kind === 'null' ? stored === null : this.compareTo(path, stored, v) === 0));
        return condition.negated ? !found : found;
      }
      case 'like': {
        const path = this.resolve(root, condition.field);
        if (!TEXT_TYPES.has(path.field.type) || condition.pattern.kind !== 'string') {
          refuse('INVALID_FIELD', this.text, condition.field.pos, `invalid operator on field '${path.field.name}'`);
        }
        const stored = this.read(record, path);
        return stored !== null && likePattern(condition.pattern.value).test(String(stored));
      }
    }
  }

  /** Validates every field the WHERE clause names, even when no record is there to reach them. */
  validate(root: SoqlObject, condition: Condition): void {
    this.matches(root, Object.fromEntries(root.fields.map((f) => [f.name, null])), condition);
  }

  output(record: SoqlRecord, object: SoqlObject, paths: ResolvedPath[]): SoqlResultRecord {
    const out: SoqlResultRecord = { attributes: this.attributes(object, record) };
    for (const path of paths) {
      let target: Record<string, unknown> | null = out;
      let current: SoqlRecord | null = record;
      for (const [i, step] of path.steps.entries()) {
        current = current ? this.parent(current, step) : null;
        const name = path.names[i]!;
        if (!target) break;
        if (!current) {
          if (!(name in target)) target[name] = null;
          target = null;
          break;
        }
        if (!target[name]) target[name] = { attributes: this.attributes(step.object, current) };
        target = target[name] as Record<string, unknown>;
      }
      if (target && current) target[path.field.name] = current[path.field.name] ?? null;
    }
    return out;
  }

  private attributes(object: SoqlObject, record: SoqlRecord) {
    return { type: object.name, url: recordUrl(this.options.apiVersion, object.name, record.Id ?? null) };
  }

  /**
   * The `&columns=true` answer (what the sf CLI's `data query` reads to lay out its table): one column per
   * selected field, a followed relationship as a column whose joinColumns are its fields.
   */
  columns(query: SelectQuery) {
    const object = this.object(query);
    const paths = dedupe(query.fields.map((f) => this.resolve(object, f)));
    const top: SoqlColumn[] = [];
    for (const path of paths) {
      let level = top;
      path.steps.forEach((step, i) => {
        const name = path.names[i]!;
        let join = level.find((c) => c.columnName === name && c.joinColumns.length > 0);
        if (!join) {
          join = column(name, path.names.slice(0, i + 1).join('.'), 'reference', step.field.name);
          level.push(join);
        }
        level = join.joinColumns;
      });
      level.push(column(path.field.name, path.names.join('.'), path.field.type, null));
    }
    return {
      columnMetadata: query.count ? [] : top,
      entityName: object.name,
      groupBy: false,
      idSelected: paths.some((p) => p.steps.length === 0 && p.field.name === 'Id'),
      keyPrefix: object.keyPrefix,
    };
  }

  private object(query: SelectQuery): SoqlObject {
    const object = findObject(this.db, query.object.name);
    if (!object) {
      refuse(
        'INVALID_TYPE',
        this.text,
        query.object.pos,
        `sObject type '${query.object.name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    return object;
  }

  run(query: SelectQuery) {
    const object = this.object(query);
    const paths = dedupe(query.fields.map((f) => this.resolve(object, f)));
    const order = query.orderBy.map((o) => ({ ...o, path: this.resolve(object, o.field) }));
    if (query.where) this.validate(object, query.where);
    const where = query.where;
    let rows = this.db.records(object.name).filter((r) => !where || this.matches(object, r, where));
    if (order.length > 0) {
      rows = [...rows].sort((a, b) => {
        for (const o of order) {
          const c = compareValues(this.read(a, o.path), this.read(b, o.path), o.descending, o.nullsLast);
          if (c !== 0) return c;
        }
        return 0;
      });
    }
    rows = rows.slice(query.offset ?? 0, query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit);
    if (query.count) return { totalSize: rows.length, done: true as const, records: [] };
    return { totalSize: rows.length, done: true as const, records: rows.map((r) => this.output(r, object, paths)) };
  }
}

/** One entry of `columnMetadata`, as the REST API's `query?columns=true` describes a selected field. */
export interface SoqlColumn {
  aggregate: boolean;
  apexType: string | null;
  booleanType: boolean;
  columnName: string;
  custom: boolean;
  displayName: string;
  foreignKeyName: string | null;
  insertable: boolean;
  joinColumns: SoqlColumn[];
  numberType: boolean;
  textType: boolean;
  updatable: boolean;
}

const APEX_TYPES: Record<SoqlField['type'], string> = {
  id: 'Id',
  reference: 'Id',
  string: 'String',
  email: 'String',
  picklist: 'String',
  textarea: 'String',
  url: 'String',
  phone: 'String',
  boolean: 'Boolean',
  int: 'Integer',
  double: 'Double',
  currency: 'Decimal',
  date: 'Date',
  datetime: 'Datetime',
};

function column(columnName: string, displayName: string, type: SoqlField['type'], foreignKeyName: string | null): SoqlColumn {
  const join = foreignKeyName !== null;
  return {
    aggregate: false,
    apexType: join ? null : APEX_TYPES[type],
    booleanType: type === 'boolean',
    columnName,
    custom: false,
    displayName,
    foreignKeyName,
    insertable: false,
    joinColumns: [],
    numberType: NUMBER_TYPES.has(type),
    textType: !join && TEXT_TYPES.has(type) && type !== 'id' && type !== 'reference',
    updatable: false,
  };
}

function dedupe(paths: ResolvedPath[]): ResolvedPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = p.names.join('.').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Text compares case-insensitively in SOQL. */
function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Ids compare on their case-sensitive 15-character form, so a 15- and an 18-character id of one record are equal. */
function compareId(a: string, b: string): number {
  const x = a.slice(0, 15);
  const y = b.slice(0, 15);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sameId(a: SoqlValue | undefined, b: string): boolean {
  return typeof a === 'string' && compareId(a, b) === 0;
}

function compareValues(a: SoqlValue, b: SoqlValue, descending: boolean, nullsLast: boolean): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === nullsLast ? 1 : -1;
  }
  const c = typeof a === 'string' && typeof b === 'string' ? compareText(a, b) : a < b ? -1 : a > b ? 1 : 0;
  return descending ? -c : c;
}

/** LIKE: `%` any run, `_` one character, `\%` and `\_` themselves; case-insensitive. */
function likePattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && (pattern[i + 1] === '%' || pattern[i + 1] === '_')) {
      source += pattern[++i];
    } else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/**
 * Runs one query of the emulator's SOQL subset (docs/emulator.md) against `db`, answering what the REST API's
 * `query` resource answers: `{ totalSize, done, records }`, or the error Salesforce gives (MALFORMED_QUERY,
 * INVALID_FIELD, INVALID_TYPE). Never throws for any input string.
 */
export function runSoql(query: string, db: SoqlDatabase, options: SoqlOptions): SoqlAnswer {
  return refusalsAsErrors(() => new Evaluator(query, db, options).run(parseSoql(query)));
}

export type SoqlColumnsAnswer = { ok: true; result: ReturnType<Evaluator['columns']> } | { ok: false; error: SoqlError };

/** The `query?q=…&columns=true` answer: the selected columns, or the error the query itself would get. */
export function soqlColumns(query: string, db: SoqlDatabase, options: SoqlOptions): SoqlColumnsAnswer {
  return refusalsAsErrors(() => new Evaluator(query, db, options).columns(parseSoql(query)));
}

function refusalsAsErrors<T>(run: () => T): { ok: true; result: T } | { ok: false; error: SoqlError } {
  try {
    return { ok: true, result: run() };
  } catch (error) {
    if (error instanceof SoqlRefusal) return { ok: false, error: error.error };
    throw error;
  }
}
