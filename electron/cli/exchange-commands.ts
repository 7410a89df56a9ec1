import type { CliCommand } from './cli-command';
import { exchangeUsage } from './exchange-usage';

/** `exchange`: a real test login from the command line, with the same ranked diagnosis as the app. */
export const exchangeCommands: CliCommand[] = [
  {
    name: 'exchange',
    summary: 'sign an assertion, request a token, prove it, or explain why Salesforce refused (exit 1)',
    usage: exchangeUsage,
    run: async (args, io) => (await import('./exchange-command')).runExchange(args, io),
  },
];
