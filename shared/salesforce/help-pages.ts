/** The Salesforce Help pages the fixes point at, each with the title a link to it reads (not "Salesforce Help" twice). */
export const HELP_PAGES = {
  jwtFlow: {
    url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm&type=5',
    title: 'Salesforce Help: OAuth 2.0 JWT Bearer Flow for Server-to-Server Integration',
  },
  oauthPolicies: {
    url: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_manage_oauth.htm&type=5',
    title: 'Salesforce Help: Manage OAuth Access Policies for a Connected App',
  },
} as const;

/** The link text for a help URL: its page title, or the URL's host for one not listed. */
export function helpTitle(url: string): string {
  const page = Object.values(HELP_PAGES).find((p) => p.url === url);
  if (page) return page.title;
  try {
    return `Help page on ${new URL(url).host}`;
  } catch {
    return url;
  }
}
