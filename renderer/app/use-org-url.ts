import { myDomainUrl } from '../../shared/salesforce/endpoints';
import { orgBaseUrl } from '../../shared/salesforce/setup-links';
import { useSession } from './session-store';

/** The org's My Domain URL when the session knows it (the environment, or an endpoint on the My Domain). */
export function useOrgUrl(): string | undefined {
  return useSession((s) => {
    if (s.environment.kind === 'my-domain' && s.environment.myDomain.trim() !== '') {
      return myDomainUrl(s.environment.myDomain, s.environment.sandboxName);
    }
    return orgBaseUrl(s.endpoint) ?? orgBaseUrl(s.aud);
  });
}
