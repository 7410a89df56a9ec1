import { profileErrors } from './profile-errors';

export const PROFILE_NAME_MAX_LENGTH = 64;

/** Why a profile name cannot be used, or undefined. Names are shown in lists and used as file names on export. */
export function profileNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'Give the profile a name, e.g. "Acme production integration".';
  if (name !== name.trim()) return 'Remove the spaces at the start or end of the name.';
  if (name.length > PROFILE_NAME_MAX_LENGTH) return `At most ${PROFILE_NAME_MAX_LENGTH} characters.`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'No line breaks or control characters.';
  return undefined;
}

export function assertProfileName(name: string): string {
  const problem = profileNameProblem(name);
  if (problem) throw profileErrors.raise('invalid-profile-name', `"${name.slice(0, 80)}" cannot be a profile name: ${problem}`);
  return name;
}

/** `Acme prod` → `Acme prod (copy)`, `(copy 2)`, … : the first name not taken. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = `${name} (copy`;
  for (let n = 1; ; n++) {
    const candidate = `${base}${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(candidate)) return candidate;
  }
}
