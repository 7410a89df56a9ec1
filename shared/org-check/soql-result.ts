/**
 * A REST query answer as Salesforce shapes it (REST API Developer Guide, "Execute a SOQL Query"): `totalSize`,
 * `done`, and records that each carry `attributes.type` and `attributes.url`; a parent field (`Profile.Name`)
 * arrives as a nested record, or null when the lookup is empty.
 */
export interface SoqlRecord {
  attributes: { type: string; url: string };
  [field: string]: unknown;
}

export interface SoqlResult {
  totalSize: number;
  done: boolean;
  records: SoqlRecord[];
}

export function isSoqlResult(value: unknown): value is SoqlResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.totalSize === 'number' && typeof v.done === 'boolean' && Array.isArray(v.records);
}

/** A field of a record, following one parent lookup for a dotted name (`Profile.Name`). */
export function field(record: SoqlRecord | undefined, name: string): unknown {
  let value: unknown = record;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function textField(record: SoqlRecord | undefined, name: string): string | undefined {
  const value = field(record, name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function booleanField(record: SoqlRecord | undefined, name: string): boolean | undefined {
  const value = field(record, name);
  return typeof value === 'boolean' ? value : undefined;
}

/** Salesforce writes datetimes as `2026-12-01T09:40:00.000+0000`: the offset without a colon. */
export function dateField(record: SoqlRecord | undefined, name: string): number | undefined {
  const text = textField(record, name);
  if (!text) return undefined;
  const ms = Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** The record as evidence shows it: its fields, parents flattened to their fields, without `attributes`. */
export function plainRecord(record: SoqlRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'attributes') continue;
    if (typeof value === 'object' && value !== null && 'attributes' in value) {
      out[key] = plainRecord(value as SoqlRecord);
    } else {
      out[key] = value;
    }
  }
  return out;
}
