import { classifyUrl } from '../../../shared/salesforce/endpoints';

/**
 * What the My Domain field holds once a pasted URL or host name is read: admins copy
 * `https://acme--uat.sandbox.my.salesforce.com` from the address bar (Setup → My Domain shows the whole URL),
 * while the field wants only `acme` (and `uat` as the sandbox). Anything else is left as typed.
 */
export function readMyDomainInput(text: string): { myDomain: string; sandboxName?: string } {
  const trimmed = text.trim();
  if (!trimmed.includes('.')) return { myDomain: text };
  const host = classifyUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (host.role === 'my-domain' && host.myDomain) return { myDomain: host.myDomain };
  if (host.role === 'sandbox-my-domain' && host.myDomain) return { myDomain: host.myDomain, sandboxName: host.sandboxName };
  return { myDomain: text };
}
