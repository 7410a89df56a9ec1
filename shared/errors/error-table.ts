import type { ErrorCode } from './error-code';
import { StudioError } from './studio-error';

/** One error a domain can raise: the sentence a person reads and what to do next (and where). */
export interface ErrorEntry {
  message: string;
  hint: string;
}

/**
 * A domain's errors in one table (code → message, hint), so each code is worded once however many places raise
 * it. `raise(code, message?)` keeps the table's hint; a call site may give a more specific message (with the
 * value in play), never another hint. A hint may leave blanks in braces (`{usage}`, `{file}`) for what only the
 * call site knows; `raise(code, message, { usage })` fills them.
 */
export function errorTable<const T extends Record<string, ErrorEntry>>(table: T) {
  type Code = keyof T & string;
  return {
    table,
    codes: Object.keys(table) as Code[],
    raise(code: Code, message?: string, blanks?: Readonly<Record<string, string>>): StudioError {
      const entry = table[code] as ErrorEntry;
      const hint = blanks ? entry.hint.replace(/\{(\w+)\}/g, (blank, name: string) => blanks[name] ?? blank) : entry.hint;
      // Every table is one member of the ErrorCode union (error-code.ts; error-code.test.ts holds it to that).
      return new StudioError(code as ErrorCode, message ?? entry.message, hint);
    },
  };
}

/** The code union of a table made with `errorTable`. */
export type CodeOf<T extends { codes: readonly string[] }> = T['codes'][number];
