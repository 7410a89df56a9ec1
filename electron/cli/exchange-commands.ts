import type { CliCommand } from './cli-command';

export const exchangeCommands: CliCommand[] = [];
