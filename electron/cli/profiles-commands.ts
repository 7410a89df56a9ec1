import type { CliCommand } from './cli-command';

export const profilesCommands: CliCommand[] = [];
