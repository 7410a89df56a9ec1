import type { CliCommand } from './cli-command';

export const jwtCommands: CliCommand[] = [];
