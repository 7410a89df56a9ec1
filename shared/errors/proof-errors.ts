import { errorTable } from './error-table';

/** Why a proof call after a successful login gave nothing: the token was issued either way. */
export const PROOF_ERRORS = errorTable({
  'proof-unreachable': {
    message: 'A proof call could not reach the instance.',
    hint: 'The token was issued; check the network path to the instance.',
  },
  'proof-refused': {
    message: 'A proof call was refused.',
    hint: 'A 401 INVALID_SESSION_ID means the token was not accepted: check the app\'s OAuth scopes include "api". A 403 API_DISABLED_FOR_ORG or API_CURRENTLY_DISABLED means the user\'s profile lacks "API Enabled" (Setup → Profiles → System Permissions).',
  },
  'proof-timeout': {
    message: "A proof call did not answer before the exchange's deadline.",
    hint: 'The token was issued; the instance is slow or unreachable from here. Try again, or raise the timeout.',
  },
  'proof-not-json': {
    message: 'A proof call did not answer JSON.',
    hint: 'The instance URL may be wrong.',
  },
});
