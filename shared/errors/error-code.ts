import { apiErrors } from '../api/api-errors';
import { bridgeErrors } from '../api/bridge-errors';
import { fileErrors } from '../files/file-errors';
import { jsonErrors } from '../json/json-errors';
import { assertionProblems } from '../jwt/assertion-problems';
import { resignProblems } from '../jwt/resign-problems';
import { keyErrors } from '../keys/key-errors';
import { orgCheckErrors } from '../org-check/org-check-errors';
import { passphraseErrors } from '../profiles/passphrase';
import { profileErrors } from '../profiles/profile-errors';
import { webTransportErrors } from '../web-transport/web-transport-errors';
import { cliErrors } from './cli-errors';
import { coreErrors } from './core-errors';
import { dataDirLockErrors } from './data-dir-lock-errors';
import { emulatorErrors } from './emulator-errors';
import type { CodeOf } from './error-table';
import { exchangeErrors } from './exchange-errors';
import { PROOF_ERRORS } from './proof-errors';
import { setupErrors } from './setup-errors';
import { storeWriteErrors } from './store-write-errors';
import { transportErrors } from './transport-errors';
import { workspaceErrors } from './workspace-errors';

/**
 * Every code SF JWT Studio answers with, one union of the per-domain tables. `ErrorShape['code']` is this type, so
 * a code compared (`error.code === '…'`) or written as a literal that no table holds does not compile; a new table
 * must be listed here too (error-code.test.ts finds every `errorTable(` of the code base). The tables beside the
 * Node-side features (electron/…) are plain data; only their types reach the renderer.
 */
export type ErrorCode =
  | CodeOf<typeof coreErrors>
  | CodeOf<typeof apiErrors>
  | CodeOf<typeof bridgeErrors>
  | CodeOf<typeof webTransportErrors>
  | CodeOf<typeof fileErrors>
  | CodeOf<typeof jsonErrors>
  | CodeOf<typeof keyErrors>
  | CodeOf<typeof assertionProblems>
  | CodeOf<typeof resignProblems>
  | CodeOf<typeof passphraseErrors>
  | CodeOf<typeof profileErrors>
  | CodeOf<typeof orgCheckErrors>
  | CodeOf<typeof storeWriteErrors>
  | CodeOf<typeof workspaceErrors>
  | CodeOf<typeof dataDirLockErrors>
  | CodeOf<typeof exchangeErrors>
  | CodeOf<typeof PROOF_ERRORS>
  | CodeOf<typeof transportErrors>
  | CodeOf<typeof setupErrors>
  | CodeOf<typeof emulatorErrors>
  | CodeOf<typeof cliErrors>;

/** The same tables at run time, by domain, for the test that holds them to one wording per code. */
export const ERROR_TABLES = {
  core: coreErrors,
  api: apiErrors,
  bridge: bridgeErrors,
  webTransport: webTransportErrors,
  files: fileErrors,
  json: jsonErrors,
  keys: keyErrors,
  assertion: assertionProblems,
  resign: resignProblems,
  passphrase: passphraseErrors,
  profiles: profileErrors,
  orgCheck: orgCheckErrors,
  storeWrite: storeWriteErrors,
  workspace: workspaceErrors,
  dataDirLock: dataDirLockErrors,
  exchange: exchangeErrors,
  proof: PROOF_ERRORS,
  transport: transportErrors,
  setup: setupErrors,
  emulator: emulatorErrors,
  cli: cliErrors,
} as const;

/** Every code of every table, each once. */
export const ALL_ERROR_CODES: readonly ErrorCode[] = [
  ...new Set(Object.values(ERROR_TABLES).flatMap((t): readonly ErrorCode[] => t.codes)),
];
