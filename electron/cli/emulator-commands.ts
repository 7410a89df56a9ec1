import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StudioError } from '../../shared/errors/studio-error';
import { startEmulator } from '../emulator/emulator';
import { EMULATOR_CONFIG_SHAPE, parseEmulatorConfig } from '../emulator/emulator-config-parse';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliCommand, CliIO } from './cli-command';

const USAGE = 'sf-jwt-studio emulator --config FILE';

function readConfigJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new StudioError(
      'emulator-config-invalid',
      `Cannot read the emulator configuration ${path}.`,
      'Check the path given to --config.',
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StudioError(
      'emulator-config-invalid',
      `${path} is not valid JSON: ${(error as Error).message}`,
      EMULATOR_CONFIG_SHAPE,
    );
  }
}

/** Resolves when the process is asked to stop (Ctrl+C, or a supervisor's SIGTERM). */
function stopRequested(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function runEmulator(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, { config: { type: 'string' } }, USAGE);
  const path = resolve(io.cwd, requireOption(values.config, '--config', USAGE));
  const config = parseEmulatorConfig(readConfigJson(path), dirname(path));
  const emulator = await startEmulator(config, { log: (line) => io.stderr.write(`${line}\n`) });
  const { login, test, myDomain } = emulator.urls;
  // One line, in the exact form, so a script can read the three URLs before sending anything.
  io.stdout.write(
    `{"login": ${JSON.stringify(login)}, "test": ${JSON.stringify(test)}, "myDomain": ${JSON.stringify(myDomain)}}\n`,
  );
  await stopRequested();
  await emulator.close();
  return 0;
}

export const emulatorCommands: CliCommand[] = [
  {
    name: 'emulator',
    summary: 'run a local Salesforce token endpoint (login, test, My Domain) for one configured org',
    usage: USAGE,
    run: runEmulator,
  },
];
