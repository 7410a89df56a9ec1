/**
 * The object model a SOQL query runs against: objects, their fields and their records, shaped after
 * Salesforce's describe (docs/emulator.md, "SOQL subset"). Pure data, so the emulator and tests share it.
 */
export type SoqlFieldType =
  | 'id'
  | 'string'
  | 'email'
  | 'picklist'
  | 'textarea'
  | 'url'
  | 'phone'
  | 'boolean'
  | 'int'
  | 'double'
  | 'currency'
  | 'date'
  | 'datetime'
  | 'reference';

export interface SoqlField {
  name: string;
  type: SoqlFieldType;
  label: string;
  /** For `reference` fields: the object the id points at, and the name a query follows it by (`ProfileId` → `Profile`). */
  referenceTo?: string;
  relationshipName?: string;
  nillable?: boolean;
}

export interface SoqlObject {
  name: string;
  label: string;
  labelPlural: string;
  /** The first three characters of its record ids (`005` for User). */
  keyPrefix: string;
  fields: SoqlField[];
}

export type SoqlValue = string | number | boolean | null;
/** One stored record: canonical field name → value. Dates are `YYYY-MM-DD`, datetimes ISO 8601 with `+0000`. */
export type SoqlRecord = Record<string, SoqlValue>;

export interface SoqlDatabase {
  objects: readonly SoqlObject[];
  /** The records of one object (by canonical name), read at query time so live data (Login History) is current. */
  records(objectName: string): readonly SoqlRecord[];
}

/** One record as the REST API returns it: `attributes` first, a followed relationship as a nested record or null. */
export interface SoqlResultRecord {
  attributes: { type: string; url: string };
  [field: string]: unknown;
}

export interface SoqlResult {
  totalSize: number;
  done: true;
  records: SoqlResultRecord[];
}

/** The REST API's error body entry for a refused query: `[{ message, errorCode }]`. */
export interface SoqlError {
  errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE';
  message: string;
}

export type SoqlAnswer = { ok: true; result: SoqlResult } | { ok: false; error: SoqlError };

export function findObject(db: SoqlDatabase, name: string): SoqlObject | undefined {
  const lower = name.toLowerCase();
  return db.objects.find((o) => o.name.toLowerCase() === lower);
}

export function findField(object: SoqlObject, name: string): SoqlField | undefined {
  const lower = name.toLowerCase();
  return object.fields.find((f) => f.name.toLowerCase() === lower);
}

export function findRelationship(object: SoqlObject, name: string): SoqlField | undefined {
  const lower = name.toLowerCase();
  return object.fields.find((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === lower);
}

/** Where a record lives in the REST API: `/services/data/v66.0/sobjects/User/005…`. */
export function recordUrl(apiVersion: string, objectName: string, id: SoqlValue): string {
  return `/services/data/v${apiVersion}/sobjects/${objectName}/${String(id)}`;
}
