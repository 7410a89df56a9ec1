export const exchangeUsage =
  'sf-jwt-studio exchange --endpoint URL --key FILE --client-id ISS --username SUB [--aud URL] [--exp-in SECONDS] [--ca-file FILE] [--json]';
