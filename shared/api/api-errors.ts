import { errorTable } from '../errors/error-table';

/** What the API boundary (`dispatch` and the contract's schemas in shared/api) refuses before any handler runs. */
export const apiErrors = errorTable({
  'invalid-input': {
    message: 'The input of this call does not match the API contract.',
    hint: 'This is a bug in the caller: the API contract in shared/api describes every field.',
  },
  'unknown-method': {
    message: 'There is no operation of that name.',
    hint: 'The renderer and the Node side are from different builds: rebuild with npm run build.',
  },
});
