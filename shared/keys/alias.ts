import { keyErrors } from './key-errors';

/**
 * The JKS alias becomes the certificate's Unique Name in Salesforce (Certificate and Key Management → Import
 * from Keystore). Salesforce's Unique Name rule: letters, digits and underscores, starting with a letter, no
 * double underscore, no trailing underscore; the label is at most 64 characters. JKS itself lower-cases
 * aliases on write and looks them up lower-cased, so a mixed-case alias is stored lower-cased (and the user
 * is told).
 */
export const ALIAS_MAX_LENGTH = 64;
export const DEFAULT_ALIAS = 'salesforce_jwt';

/** What is wrong with a proposed alias, in words for the form; undefined when it is fine. */
export function aliasProblem(name: string): string | undefined {
  if (name === '') return 'Give the certificate a Unique Name (it becomes the keystore alias).';
  if (name.length > ALIAS_MAX_LENGTH) return `At most ${ALIAS_MAX_LENGTH} characters.`;
  if (!/^[A-Za-z]/.test(name)) return 'Start with a letter.';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'Use only letters, digits and underscores.';
  if (name.includes('__')) return 'No double underscore (Salesforce refuses it).';
  if (name.endsWith('_')) return 'No underscore at the end (Salesforce refuses it).';
  return undefined;
}

/** The alias as the keystore stores it, and whether lower-casing changed it (tell the user when it did). */
export function normalizeAlias(name: string): { alias: string; lowerCased: boolean } {
  const problem = aliasProblem(name);
  if (problem) {
    throw keyErrors.raise('invalid-alias', `"${name.slice(0, 80)}" is not a valid certificate Unique Name: ${problem}`);
  }
  const alias = name.toLowerCase();
  return { alias, lowerCased: alias !== name };
}

/**
 * A valid alias made from any name (an imported keystore's alias such as `1`, a file name): lower-cased,
 * other characters turned into underscores, and a letter in front when it starts with none.
 */
export function aliasFromName(name: string): string {
  let alias = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (alias === '') return DEFAULT_ALIAS;
  if (!/^[a-z]/.test(alias)) alias = `key_${alias}`;
  return alias.slice(0, ALIAS_MAX_LENGTH).replace(/_+$/, '');
}

/** The sentence telling the user their alias was lower-cased, or undefined when it already was lower case. */
export function lowerCaseNote(requested: string): string | undefined {
  const lowered = requested.toLowerCase();
  return lowered === requested
    ? undefined
    : `The alias "${requested}" is stored as "${lowered}": JKS keeps aliases in lower case, and Salesforce shows it as the certificate's Unique Name.`;
}
