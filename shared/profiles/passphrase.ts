import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { errorTable } from '../errors/error-table';

/** Passphrases protect private keys at rest (where no OS secret store exists), in exported profiles and .key files. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * zxcvbn's score from 0 to 4; 3 is "safely unguessable: moderate protection from an offline slow-hash scenario"
 * (https://github.com/dropbox/zxcvbn#usage), the case of a stolen profile file or .key.
 */
const MIN_SCORE = 3;
/** zxcvbn's cost grows faster than the length (digit runs are matched as dates and sequences); 40 characters of a
 * passphrase already tell a strong one from a weak one. */
const CHECKED_CHARS = 40;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries are large and most runs never ask for a new passphrase. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/**
 * Why a new passphrase is too weak to protect a private key, or undefined: too short, or guessable by a cracker
 * (a common password, a keyboard walk, a repeated character, a date).
 * The answer names the reason and what to do, for the field's error line and the refusal's hint.
 */
export function passphraseProblem(passphrase: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (passphrase.trim() === '') return 'A passphrase of spaces only is guessed at once: use words or characters.';
  const result = zxcvbn().check(passphrase.slice(0, CHECKED_CHARS));
  if (result.score >= MIN_SCORE) return undefined;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, '.')} ` : 'It is easy to guess. ';
  const what = result.feedback.suggestions[0] ?? 'Add another word or two.';
  return `${why}${what.replace(/\.?$/, '.')} Four or more unrelated words make a strong passphrase.`;
}

export const passphraseErrors = errorTable({
  'weak-passphrase': {
    message: 'This passphrase is too weak to protect a private key.',
    hint: 'Use four or more unrelated words, or 16 or more characters that are not a known password, a keyboard walk or a repetition.',
  },
});

/** The passphrase itself, or the weak-passphrase error naming why it is refused. */
export function assertStrongPassphrase(passphrase: string): string {
  const problem = passphraseProblem(passphrase);
  if (problem)
    throw passphraseErrors.raise('weak-passphrase', `This passphrase is too weak to protect a private key: ${problem}`);
  return passphrase;
}
