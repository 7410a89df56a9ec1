export const exchangeUsage =
  'sf-jwt-studio exchange --endpoint URL (--key FILE --client-id ISS --username SUB [--exp-in SECONDS] | --assertion FILE|-) [--aud URL] [--timeout SECONDS] [--ca-file FILE] [--admin-org ALIAS | --admin-instance-url URL --admin-token-file FILE] [--app NAME] [--json]';
