import { splitSetupText } from '../../shared/salesforce/setup-links';
import { useOrgUrl } from '../app/use-org-url';

/**
 * An instruction with its Setup pages made links into the admin's org (Lightning Setup under the My Domain), and
 * the catalogue's "YOURDOMAIN" replaced by the real My Domain. Without a known My Domain each page says the words
 * to type in Setup's Quick Find instead.
 */
export function SetupText({ text }: { text: string }) {
  const orgUrl = useOrgUrl();
  const shown = orgUrl ? text.replaceAll('https://YOURDOMAIN.my.salesforce.com', orgUrl) : text;
  return (
    <>
      {splitSetupText(shown, orgUrl).map((part, i) => {
        if (!('page' in part)) return part.text;
        return part.href ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text are positional
          <a key={i} href={part.href} target="_blank" rel="noreferrer" className="setup-link" data-setup-page={part.page.id}>
            {part.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text are positional
          <span key={i} className="setup-page" title={`Type “${part.page.quickFind}” in Setup’s Quick Find box`}>
            {part.text}
          </span>
        );
      })}
    </>
  );
}
