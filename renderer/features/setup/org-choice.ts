import type { AppKind } from '../../../shared/profiles/profile-config';
import { classifyUrl, type Environment, myDomainNameProblem, sandboxNameProblem } from '../../../shared/salesforce/endpoints';

export type OrgKind = 'production' | 'sandbox' | 'site';

/** What step 1 asks: the org, the app kind and the names that make its hosts. */
export interface OrgForm {
  orgKind: OrgKind;
  appKind: AppKind;
  myDomain: string;
  sandboxName: string;
  siteUrl: string;
}

export const initialOrgForm: OrgForm = { orgKind: 'production', appKind: 'external', myDomain: '', sandboxName: '', siteUrl: '' };

export type OrgProblems = Partial<Record<'orgKind' | 'myDomain' | 'sandboxName' | 'siteUrl', string>>;

function siteUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'Enter the site URL, e.g. https://acme.my.site.com/partners.';
  }
  if (parsed.protocol !== 'https:') return 'Experience Cloud sites are served over https://.';
  if (classifyUrl(url).role !== 'site') return 'This does not look like an Experience Cloud site (…my.site.com or …force.com).';
  return undefined;
}

/**
 * The environment step 1's answers select (salesforce-jwt.md, "The request"). External Client Apps need the
 * org's My Domain as token host and aud since Spring '26 (login/test give app_not_found); Connected Apps use
 * login for production, test for sandboxes, or the Experience Cloud site URL.
 */
export function chooseEnvironment(form: OrgForm): { environment?: Environment; problems: OrgProblems } {
  const problems: OrgProblems = {};
  const sandbox = form.orgKind === 'sandbox';
  if (form.appKind === 'external') {
    if (form.orgKind === 'site')
      problems.orgKind = 'External Client Apps log in through the org’s My Domain: choose Production or Sandbox.';
    const myDomain = myDomainNameProblem(form.myDomain);
    if (myDomain) problems.myDomain = myDomain;
    if (sandbox) {
      const name = sandboxNameProblem(form.sandboxName.trim());
      if (name) problems.sandboxName = name;
    }
    if (Object.keys(problems).length > 0) return { problems };
    const environment: Environment = sandbox
      ? { kind: 'my-domain', myDomain: form.myDomain.trim(), sandboxName: form.sandboxName.trim() }
      : { kind: 'my-domain', myDomain: form.myDomain.trim() };
    return { environment, problems };
  }
  if (form.orgKind === 'site') {
    const site = siteUrlProblem(form.siteUrl);
    return site ? { problems: { siteUrl: site } } : { environment: { kind: 'site', siteUrl: form.siteUrl.trim() }, problems };
  }
  return { environment: { kind: sandbox ? 'sandbox' : 'production' }, problems };
}
