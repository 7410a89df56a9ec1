import type { CliCommand } from './cli-command';
import { emulatorCommands } from './emulator-commands';
import { exchangeCommands } from './exchange-commands';
import { jwtCommands } from './jwt-commands';
import { keysCommands } from './keys-commands';
import { orgCheckCommands } from './org-check-commands';
import { profilesCommands } from './profiles-commands';

/** Every CLI command, in the order `--help` lists them. Each feature contributes its own commands file. */
export const commands: CliCommand[] = [
  ...keysCommands,
  ...jwtCommands,
  ...exchangeCommands,
  ...orgCheckCommands,
  ...emulatorCommands,
  ...profilesCommands,
];
