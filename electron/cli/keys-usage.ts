/** Usage lines of the keys commands (a public interface: scripts depend on them), apart so `--help` loads no key code. */
export const keysNewUsage =
  'sf-jwt-studio keys new --out DIR --cn NAME [--org O] [--bits 2048|3072|4096] [--days N] [--alias NAME] [--password PW] [--key-passphrase PW] [--json]';
export const keysInspectUsage = 'sf-jwt-studio keys inspect FILE [--password PW] [--json]';
