import type { SoqlError } from './soql-schema';

/**
 * A refused query, thrown inside the parser and evaluator and turned into the REST API's error body at the
 * edge. The message points at the offending text as Salesforce's does: the query's line, a caret, then
 * `ERROR at Row:R:Column:C` and the reason.
 */
export class SoqlRefusal extends Error {
  constructor(readonly error: SoqlError) {
    super(error.message);
  }
}

export function refuse(errorCode: SoqlError['errorCode'], query: string, position: number, reason: string): never {
  const before = query.slice(0, Math.max(0, position));
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = position - lineStart + 1;
  const line = query.split('\n')[row - 1] ?? '';
  const message = `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${reason}`;
  throw new SoqlRefusal({ errorCode, message });
}
