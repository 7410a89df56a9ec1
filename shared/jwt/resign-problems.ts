import { errorTable } from '../errors/error-table';

/** What "Re-sign with the key in use" refuses. */
export const resignProblems = errorTable({
  'token-not-decoded': {
    message: 'The token’s header or payload cannot be decoded, so there is nothing to sign again.',
    hint: 'Fix the header and payload in the inspector first (each must be a JSON object), or build a new assertion in the JWT builder.',
  },
});
