/**
 * What a host did with a file the Node side handed over: saved it (Electron's save dialog), the user cancelled,
 * or it waits as a one-time download (browser host). Answered by every operation that exports a file.
 */
export type Delivery = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'download'; url: string; name: string };
