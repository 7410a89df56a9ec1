import type { ZipEntry } from './store-zip';

/**
 * The source files of an External Client App with JWT Bearer enabled, for `sf project deploy start`
 * (Metadata API 60+). ExternalClientApplication is the app; ExtlClntAppOauthSettings holds its scopes;
 * ExtlClntAppGlobalOauthSettings holds the callback URL and `certificate`, the PEM that "Enable JWT Bearer
 * Flow" uploads (Metadata API Developer Guide, ExtlClntAppGlobalOauthSettings). Deploying the global
 * settings needs "Allow Access to OAuth Consumer Secrets via Metadata API" in the org.
 */
export interface EcaMetadataOptions {
  /** API name: letters, digits and underscores, starting with a letter. */
  apiName: string;
  label: string;
  contactEmail: string;
  certificatePem: string;
}

export const ECA_API_VERSION = '62.0';
/** JWT Bearer never redirects a browser, but the OAuth settings require a callback URL: a placeholder does. */
export const CALLBACK_URL_PLACEHOLDER = 'https://login.salesforce.com/services/oauth2/callback';
/** `api` and `refresh_token, offline_access`, as Metadata API spells them. */
export const ECA_SCOPES = 'Api, RefreshToken';

export function ecaApiNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(name) || name.includes('__') || name.endsWith('_')) {
    return 'Use letters, digits and single underscores, starting with a letter (at most 40 characters).';
  }
  return undefined;
}

const xmlText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const xml = (type: string, fields: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${type} xmlns="http://soap.sforce.com/2006/04/metadata">\n${fields
    .map(([name, value]) => `    <${name}>${xmlText(value)}</${name}>`)
    .join('\n')}\n</${type}>\n`;

export function ecaMetadataFiles(options: EcaMetadataOptions): ZipEntry[] {
  const { apiName, label } = options;
  const root = `${apiName}/force-app/main/default`;
  return [
    {
      path: `${apiName}/sfdx-project.json`,
      content: `${JSON.stringify(
        { packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: ECA_API_VERSION },
        null,
        2,
      )}\n`,
    },
    {
      path: `${root}/externalClientApps/${apiName}.eca-meta.xml`,
      content: xml('ExternalClientApplication', [
        ['contactEmail', options.contactEmail],
        ['description', 'Server-to-server integration: OAuth 2.0 JWT Bearer flow'],
        ['distributionState', 'Local'],
        ['isProtected', 'false'],
        ['label', label],
      ]),
    },
    {
      path: `${root}/extlClntAppOauthSettings/${apiName}_oauth.ecaOauth-meta.xml`,
      content: xml('ExtlClntAppOauthSettings', [
        ['commaSeparatedOauthScopes', ECA_SCOPES],
        ['externalClientApplication', apiName],
        ['label', `${label} OAuth settings`],
      ]),
    },
    {
      path: `${root}/extlClntAppGlobalOauthSets/${apiName}_glbloauth.ecaGlblOauth-meta.xml`,
      content: xml('ExtlClntAppGlobalOauthSettings', [
        ['callbackUrl', CALLBACK_URL_PLACEHOLDER],
        ['certificate', options.certificatePem.trim()],
        ['externalClientApplication', apiName],
        ['isConsumerSecretOptional', 'false'],
        ['isIntrospectAllTokens', 'false'],
        ['isPkceRequired', 'false'],
        ['isSecretRequiredForRefreshToken', 'false'],
        ['label', `${label} global OAuth settings`],
        ['shouldRotateConsumerKey', 'false'],
        ['shouldRotateConsumerSecret', 'false'],
      ]),
    },
    {
      path: `${apiName}/README.md`,
      content: `# ${label}: External Client App with the JWT Bearer flow

1. In Setup → External Client App Settings, turn on "Allow access to External Client App consumer secrets via REST API" / "Allow Access to OAuth Consumer Secrets via Metadata API".
2. From this folder: \`sf project deploy start --source-dir force-app --target-org <your org alias>\`
3. Setup → External Client App Manager → ${label} → Edit Policies: Permitted Users = "Admin approved users are pre-authorized", then select the profiles or permission sets of the integration user.
4. Copy the Consumer Key (Settings → OAuth Settings → Consumer Key and Secret) into SF JWT Studio.
5. Changes take 2–10 minutes to reach the login servers.
`,
    },
  ];
}
