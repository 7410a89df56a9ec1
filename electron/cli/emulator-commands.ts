import { dirname, resolve } from 'node:path';
import { emulatorErrors } from '../../shared/errors/emulator-errors';
import { StudioError } from '../../shared/errors/studio-error';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { parseJsonWithinDepth } from '../../shared/json/json-errors';
import { escapeControl } from '../../shared/text/escape-control';
import { startEmulator } from '../emulator/emulator';
import { parseEmulatorConfig } from '../emulator/emulator-config-parse';
import { readBounded } from '../files/bounded-read';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliCommand, CliIO } from './cli-command';

const USAGE = 'sf-jwt-studio emulator --config FILE';

async function readConfigText(path: string): Promise<string> {
  try {
    return (await readBounded(path, { maxBytes: INPUT_LIMITS.config, what: 'an emulator configuration' })).toString('utf8');
  } catch (error) {
    // Too large, not a file, a stalled pipe keep their own codes; a missing file is the configuration's error.
    if (!(error instanceof StudioError) || error.code !== 'file-not-found') throw error;
    throw emulatorErrors.raise('emulator-config-invalid', `Cannot read the emulator configuration ${path}.`);
  }
}

async function readConfigJson(path: string): Promise<unknown> {
  const text = await readConfigText(path);
  try {
    return parseJsonWithinDepth(text, path);
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw emulatorErrors.raise('emulator-config-invalid', `${path} is not valid JSON: ${(error as Error).message}`);
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
  const config = parseEmulatorConfig(await readConfigJson(path), dirname(path));
  const emulator = await startEmulator(config, { log: (line) => io.stderr.write(`${escapeControl(line)}\n`) });
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
