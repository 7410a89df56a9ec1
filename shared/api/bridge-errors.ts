import { errorTable } from '../errors/error-table';

/** The coded errors of the desktop app's IPC bridge, between the window and the Node side. */
export const bridgeErrors = errorTable({
  forbidden: {
    message: 'This window may not call SF JWT Studio.',
    hint: "Only SF JWT Studio's own window may use its functions: close this window and use the main one.",
  },
  'bridge-failed': {
    message: 'The desktop app did not answer this call.',
    hint: 'Try again; if it keeps failing, restart SF JWT Studio (started from a terminal, it prints the cause on stderr).',
  },
  'bridge-missing': {
    message: 'The desktop bridge is missing: this window cannot reach SF JWT Studio.',
    hint: 'Its preload script did not run: reinstall SF JWT Studio (or run npm run build in a checkout), then start it again.',
  },
});
