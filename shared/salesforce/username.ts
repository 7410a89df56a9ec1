/**
 * Sandbox copies of a user get the production username plus `.sandboxname` (admin@acme.com → admin@acme.com.uat),
 * so the username alone often tells which environment it belongs to: the classic cause of
 * `user hasn't approved this consumer` when a sandbox user is sent to login.salesforce.com.
 */
const COMMON_SANDBOX_NAMES = new Set([
  'dev',
  'devpro',
  'uat',
  'qa',
  'sit',
  'int',
  'test',
  'staging',
  'stage',
  'full',
  'partial',
  'preprod',
  'prod2',
  'training',
  'hotfix',
  'sandbox',
  'sbx',
  'dev1',
  'dev2',
  'qa1',
  'qa2',
  'uat1',
  'uat2',
]);

/** Top-level domains that end real e-mail addresses; a last label outside these hints at a sandbox suffix. */
const COMMON_TLDS = new Set([
  'com',
  'org',
  'net',
  'edu',
  'gov',
  'mil',
  'int',
  'io',
  'co',
  'ai',
  'app',
  'dev',
  'biz',
  'info',
  'cloud',
  'tech',
  'online',
  'site',
  'xyz',
  'me',
  'us',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'be',
  'ch',
  'at',
  'se',
  'no',
  'dk',
  'fi',
  'pl',
  'pt',
  'ie',
  'ca',
  'au',
  'nz',
  'jp',
  'cn',
  'in',
  'br',
  'mx',
  'ar',
  'za',
  'sg',
  'hk',
  'kr',
  'tw',
  'ru',
  'il',
]);

/** The sandbox suffix a username seems to carry (`uat` for admin@acme.com.uat), or undefined. */
export function sandboxSuffix(username: string): string | undefined {
  const at = username.lastIndexOf('@');
  if (at < 0) return undefined;
  const labels = username
    .slice(at + 1)
    .toLowerCase()
    .split('.');
  if (labels.length < 3) return undefined;
  const last = labels[labels.length - 1] as string;
  if (COMMON_SANDBOX_NAMES.has(last) && labels.length >= 3) return last;
  return COMMON_TLDS.has(last) || last.length === 2 ? undefined : last;
}
