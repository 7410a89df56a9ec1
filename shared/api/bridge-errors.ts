import { errorTable } from '../errors/error-table';
import { webTransportErrors } from '../web-transport/web-transport-errors';

/** The coded errors of the desktop app's IPC bridge, between the window and the Node side. */
export const bridgeErrors = errorTable({
  // One refusal for a caller that is not SF JWT Studio's own page, whichever host it reached.
  forbidden: webTransportErrors.table.forbidden,
  'bridge-failed': {
    message: 'The desktop app did not answer this call.',
    hint: 'Try again; if it keeps failing, restart SF JWT Studio (started from a terminal, it prints the cause on stderr).',
  },
  'bridge-missing': {
    message: 'The desktop bridge is missing: this window cannot reach SF JWT Studio.',
    hint: 'Its preload script did not run: reinstall SF JWT Studio (or run npm run build in a checkout), then start it again.',
  },
});
