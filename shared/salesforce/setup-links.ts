import { classifyUrl, myDomainUrl } from './endpoints';

/**
 * A Setup page an instruction names, and where it lives in Lightning Setup. Salesforce documents that a page of
 * the org opens at its My Domain followed by a path (`sf org open --path`, Salesforce CLI reference:
 * https://developer.salesforce.com/docs/platform/salesforce-cli-reference/guide/cli_reference_org_open.html), and
 * the My Domain host sends `/lightning/...` on to Lightning Experience. The page names after
 * `/lightning/setup/` are not in Salesforce's documentation; each below is the one Setup itself uses, as public
 * Setup navigators and admin tools use it (e.g. `CertificatesAndKeysManagement`, `ManageExternalClientApplication`).
 * Pages without a stable address of their own (a Connected App's detail) are left to Setup's Quick Find.
 */
export interface SetupPage {
  id: SetupPageId;
  /** The page's name as Setup's menu and our instructions say it. */
  label: string;
  /** The words to type in Setup's Quick Find box. */
  quickFind: string;
  /** The segment after /lightning/setup/. */
  lightningPage: string;
}

export type SetupPageId =
  | 'certificates'
  | 'app-manager'
  | 'external-client-apps'
  | 'manage-connected-apps'
  | 'connected-apps-usage'
  | 'users'
  | 'login-history'
  | 'my-domain'
  | 'profiles'
  | 'permission-sets'
  | 'sandboxes'
  | 'remote-sites';

export const SETUP_PAGES: readonly SetupPage[] = [
  { id: 'sandboxes', label: 'Sandboxes', quickFind: 'Sandboxes', lightningPage: 'DataManagementCreateTestInstance' },
  { id: 'remote-sites', label: 'Remote Site Settings', quickFind: 'Remote Site Settings', lightningPage: 'SecurityRemoteProxy' },
  {
    id: 'certificates',
    label: 'Certificate and Key Management',
    quickFind: 'Certificate and Key',
    lightningPage: 'CertificatesAndKeysManagement',
  },
  {
    id: 'external-client-apps',
    label: 'External Client App Manager',
    quickFind: 'External Client App Manager',
    lightningPage: 'ManageExternalClientApplication',
  },
  { id: 'app-manager', label: 'App Manager', quickFind: 'App Manager', lightningPage: 'NavigationMenus' },
  {
    id: 'connected-apps-usage',
    label: 'Connected Apps OAuth Usage',
    quickFind: 'OAuth Usage',
    lightningPage: 'ConnectedAppsUsage',
  },
  {
    id: 'manage-connected-apps',
    label: 'Manage Connected Apps',
    quickFind: 'Manage Connected Apps',
    lightningPage: 'ConnectedApplication',
  },
  { id: 'login-history', label: 'Login History', quickFind: 'Login History', lightningPage: 'OrgLoginHistory' },
  { id: 'my-domain', label: 'My Domain', quickFind: 'My Domain', lightningPage: 'OrgDomain' },
  { id: 'permission-sets', label: 'Permission Sets', quickFind: 'Permission Sets', lightningPage: 'PermSets' },
  { id: 'profiles', label: 'Profiles', quickFind: 'Profiles', lightningPage: 'EnhancedProfiles' },
  { id: 'users', label: 'Users', quickFind: 'Users', lightningPage: 'ManageUsers' },
];

/** The org's base URL (https://NAME.my.salesforce.com, or a sandbox's) from any URL of its My Domain, else undefined. */
export function orgBaseUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const host = classifyUrl(url);
  if ((host.role === 'my-domain' || host.role === 'sandbox-my-domain') && host.myDomain) {
    return myDomainUrl(host.myDomain, host.sandboxName);
  }
  return undefined;
}

/** https://<my domain>/lightning/setup/<Page>/home, the page in the org's Lightning Setup. */
export function setupPageUrl(page: SetupPage, orgUrl: string): string {
  return `${orgUrl.replace(/\/+$/, '')}/lightning/setup/${page.lightningPage}/home`;
}

export function setupPage(id: SetupPageId): SetupPage {
  return SETUP_PAGES.find((p) => p.id === id) as SetupPage;
}

/** A piece of an instruction: plain text, or a Setup page named in it (with its URL when the org is known). */
export type SetupTextPart = { text: string } | { text: string; page: SetupPage; href?: string };

const byLength = [...SETUP_PAGES].sort((a, b) => b.label.length - a.label.length);
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A page name right after "Setup → " or "Setup → Quick Find \"" (the first step of a Setup path), the longest name first ("Manage Connected Apps" before "App Manager"). */
const SETUP_STEP = new RegExp(
  `(Setup → (?:Quick Find ["“])?)(${byLength.map((p) => literal(p.label)).join('|')})(?![\\w-])`,
  'g',
);

/**
 * Splits an instruction ("Setup → Users → Users → …") so the page each Setup path starts at can be a link into
 * the org. Without a known My Domain the page is still marked, with no href: the UI shows its Quick Find words.
 */
export function splitSetupText(text: string, orgUrl: string | undefined): SetupTextPart[] {
  const parts: SetupTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(SETUP_STEP)) {
    const start = (match.index ?? 0) + (match[1] as string).length;
    const label = match[2] as string;
    const page = SETUP_PAGES.find((p) => p.label === label) as SetupPage;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push(orgUrl ? { text: label, page, href: setupPageUrl(page, orgUrl) } : { text: label, page });
    last = start + label.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
