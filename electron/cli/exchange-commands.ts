import type { CliCommand } from './cli-command';

export const exchangeUsage =
  'sf-jwt-studio exchange --endpoint URL --key FILE --client-id ISS --username SUB [--aud URL] [--exp-in SECONDS] [--json]';

/** `exchange`: a real test login from the command line, with the same ranked diagnosis as the app. */
export const exchangeCommands: CliCommand[] = [
  {
    name: 'exchange',
    summary: 'sign an assertion, request a token, prove it, or explain why Salesforce refused (exit 1)',
    usage: exchangeUsage,
    run: async (args, io) => (await import('./exchange-command')).runExchange(args, io),
  },
];
