/**
 * The browser host hands a file over as a one-time URL: a temporary link with `download` makes the browser
 * save it, so the bytes (a private key, a keystore) never pass through the page's JavaScript.
 */
export function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
