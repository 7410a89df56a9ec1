import type { SoqlField, SoqlObject } from '../../shared/soql/soql-schema';

/**
 * `sobjects/` and `sobjects/{Type}/describe` shaped after the REST API's Describe Global and sObject Describe
 * answers, trimmed to what clients read (jsforce, simple-salesforce, the sf CLI): names, labels, key prefix,
 * the fields with their types and relationships. Every emulated object is read-only.
 */

function objectUrls(version: string, object: SoqlObject) {
  const base = `/services/data/v${version}/sobjects/${object.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

function objectSummary(version: string, object: SoqlObject) {
  return {
    name: object.name,
    label: object.label,
    labelPlural: object.labelPlural,
    keyPrefix: object.keyPrefix,
    custom: false,
    queryable: true,
    retrieveable: true,
    searchable: false,
    createable: false,
    updateable: false,
    deletable: false,
    layoutable: false,
    urls: objectUrls(version, object),
  };
}

/** Salesforce's SOAP type for each field type, which some clients map values by. */
const SOAP_TYPES: Record<SoqlField['type'], string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  email: 'xsd:string',
  picklist: 'xsd:string',
  textarea: 'xsd:string',
  url: 'xsd:string',
  phone: 'xsd:string',
  boolean: 'xsd:boolean',
  int: 'xsd:int',
  double: 'xsd:double',
  currency: 'xsd:double',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
};

function describeField(field: SoqlField) {
  const textual = !['boolean', 'int', 'double', 'currency', 'date', 'datetime'].includes(field.type);
  return {
    name: field.name,
    label: field.label,
    type: field.type,
    soapType: SOAP_TYPES[field.type],
    length: textual ? (field.type === 'id' || field.type === 'reference' ? 18 : 255) : 0,
    nillable: field.nillable ?? true,
    createable: false,
    updateable: false,
    filterable: true,
    sortable: true,
    custom: false,
    idLookup: field.name === 'Id',
    referenceTo: field.referenceTo ? [field.referenceTo] : [],
    relationshipName: field.relationshipName ?? null,
    picklistValues: [],
  };
}

export function describeGlobal(version: string, objects: readonly SoqlObject[]) {
  return { encoding: 'UTF-8', maxBatchSize: 200, sobjects: objects.map((o) => objectSummary(version, o)) };
}

/** `GET sobjects/{Type}`: the basic information and the recently viewed records (none). */
export function objectInfo(version: string, object: SoqlObject) {
  return { objectDescribe: objectSummary(version, object), recentItems: [] };
}

export function describeObject(version: string, object: SoqlObject) {
  return {
    ...objectSummary(version, object),
    fields: object.fields.map(describeField),
    childRelationships: [],
    recordTypeInfos: [],
    supportedScopes: [],
  };
}
