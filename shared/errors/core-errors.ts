import { errorTable } from './error-table';
import { INTERNAL_ERROR } from './studio-error';

/** The errors of no one feature: an unexpected exception on either side, and an area of the window that failed. */
export const coreErrors = errorTable({
  'internal-error': INTERNAL_ERROR,
  'area-crashed': {
    message: 'This area stopped working; the rest of the app still works.',
    hint: 'Reload this area. If the same input breaks it again, clear that input or use another page meanwhile.',
  },
});
