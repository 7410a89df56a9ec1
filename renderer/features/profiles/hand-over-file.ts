import type { Delivery } from '../../../shared/api/delivery';
import { startDownload } from '../keys/start-download';

/** Finishes a file the Node side delivered: starts the browser download, and says where the file went. */
export function handOverFile(delivery: Delivery): string | undefined {
  if (delivery.kind === 'download') {
    startDownload(delivery.url, delivery.name);
    // Said as done: the browser's download manager has the file now, so the banner never goes stale.
    return `Sent ${delivery.name} to the browser’s downloads`;
  }
  return delivery.kind === 'saved' ? `Saved ${delivery.path}` : undefined;
}
