/**
 * A Salesforce Consumer Key (client_id) starts with `3MVG` and is a long run of letters, digits, dots and
 * underscores. Anything else is likely a copy mistake: worth a warning, never a block (formats can change).
 */
export function consumerKeyProblem(value: string): string | undefined {
  if (value !== value.trim()) return 'The Consumer Key has spaces or line breaks around it: they make it a different key.';
  if (value === '') return 'Enter the Consumer Key from the app (Setup → App Manager → View → Manage Consumer Details).';
  if (!/^[A-Za-z0-9._]+$/.test(value)) return 'A Consumer Key has only letters, digits, dots and underscores.';
  if (!value.startsWith('3MVG')) return 'Salesforce Consumer Keys start with 3MVG: is this the Consumer Secret or another value?';
  if (value.length < 40) return 'This looks too short for a Consumer Key (they are about 85 characters): was it cut off?';
  return undefined;
}
