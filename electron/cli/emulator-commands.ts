import type { CliCommand } from './cli-command';

export const emulatorCommands: CliCommand[] = [];
