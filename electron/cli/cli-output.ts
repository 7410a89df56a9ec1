import type { Writable } from 'node:stream';
import type { ErrorShape } from '../../shared/errors/studio-error';
import type { FindingCode } from '../../shared/jwt/finding';
import { escapeControl } from '../../shared/text/escape-control';

export type ProblemLevel = 'error' | 'warning' | 'note';

/** What the CLI prints beside a result: an error, or a finding or note, whose codes are not error codes. */
export interface Problem {
  code: ErrorShape['code'] | FindingCode | NoteCode;
  message: string;
  hint?: string;
}

/** The CLI's own warnings and notes, printed on stderr next to a result that still stands. */
export type NoteCode = 'alias-lower-case' | 'pkcs1-key';

/**
 * The CLI's one format for what is not the result: `level [code]: message` then `hint: …`, each line ending
 * with a newline. Messages quote inputs (paths, values, file bytes), so control characters are escaped.
 */
export function problemText(level: ProblemLevel, problem: Problem): string {
  const hint = problem.hint ? `hint: ${escapeControl(problem.hint)}\n` : '';
  return `${level} [${problem.code}]: ${escapeControl(problem.message)}\n${hint}`;
}

export function writeProblem(stream: Writable, level: ProblemLevel, problem: Problem): void {
  stream.write(problemText(level, problem));
}

/** An error as `--json` prints it on stdout (a public interface): the exit status and the coded error. */
export function errorJson(status: number, problem: ErrorShape): string {
  const error = { code: problem.code, message: problem.message, hint: problem.hint ?? '' };
  return `${JSON.stringify({ status, error }, null, 2)}\n`;
}
