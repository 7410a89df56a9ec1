import type { CliCommand } from './cli-command';

export const keysCommands: CliCommand[] = [];
