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
 * The environment step 1's answers select (docs/salesforce-jwt.md, "The request"). External Client Apps need the
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
  if (!sandbox) return { environment: { kind: 'production' }, problems };
  // A Connected App's sandbox logs in through test.salesforce.com whatever its name: the name is optional
  // and only lets step 5 check the username's `.sandboxname` suffix.
  const sandboxName = form.sandboxName.trim();
  if (sandboxName === '') return { environment: { kind: 'sandbox' }, problems };
  const name = sandboxNameProblem(sandboxName);
  return name ? { problems: { sandboxName: name } } : { environment: { kind: 'sandbox', sandboxName }, problems };
}

/**
 * Step 1's answers that select `environment` (an opened profile's): the inverse of chooseEnvironment, so the
 * wizard shows the configuration in use. A combination step 1 cannot make (a Connected App on a My Domain)
 * gives the closest answers, which then select another environment: the caller compares.
 */
export function orgFormFor(appKind: AppKind, environment: Environment): OrgForm {
  const form: OrgForm = { ...initialOrgForm, appKind };
  switch (environment.kind) {
    case 'production':
      return form;
    case 'sandbox':
      return { ...form, orgKind: 'sandbox', sandboxName: environment.sandboxName ?? '' };
    case 'my-domain':
      return environment.sandboxName
        ? { ...form, orgKind: 'sandbox', myDomain: environment.myDomain, sandboxName: environment.sandboxName }
        : { ...form, myDomain: environment.myDomain };
    case 'site':
      return { ...form, orgKind: 'site', siteUrl: environment.siteUrl };
  }
}

/** Same kind and same names (environments are flat objects; key order does not matter). */
export function sameEnvironment(a: Environment | undefined, b: Environment): boolean {
  const canonical = (env: Environment) => JSON.stringify(env, Object.keys(env).sort());
  return a !== undefined && canonical(a) === canonical(b);
}
