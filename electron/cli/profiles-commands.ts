import type { CliCommand } from './cli-command';
import { snippetsCommand } from './snippets-command';

export const profilesCommands: CliCommand[] = [snippetsCommand];
