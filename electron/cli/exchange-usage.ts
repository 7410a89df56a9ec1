export const exchangeUsage =
  'sf-jwt-studio exchange --endpoint URL --key FILE --client-id ISS --username SUB [--aud URL] [--exp-in SECONDS] [--admin-org ALIAS | --admin-instance-url URL --admin-token-file FILE] [--app NAME] [--json]';
