import type { OrgEvidence } from './org-evidence';

/**
 * The Setup page of the org where an evidence record can be seen and changed, as Lightning Experience addresses
 * them (Salesforce Help, "Find Object Management Settings": `/lightning/setup/<Page>/…`; `address` opens a Classic
 * record page inside Setup). Undefined for a record without a page.
 */
export function setupLink(instanceUrl: string, evidence: OrgEvidence): string | undefined {
  const base = instanceUrl.replace(/\/+$/, '');
  const record = evidence.record;
  const id = (name: string) => {
    const value = record[name];
    return typeof value === 'string' && /^[A-Za-z0-9]{15,18}$/.test(value) ? value : undefined;
  };
  const inSetup = (page: string, address: string) =>
    `${base}/lightning/setup/${page}/page?address=${encodeURIComponent(address)}`;
  switch (evidence.source) {
    case 'User': {
      const userId = id('Id');
      return userId ? inSetup('ManageUsers', `/${userId}?noredirect=1`) : `${base}/lightning/setup/ManageUsers/home`;
    }
    case 'UserLogin': {
      const userId = id('UserId');
      return userId ? inSetup('ManageUsers', `/${userId}?noredirect=1`) : undefined;
    }
    case 'ConnectedApplication': {
      const appId = id('Id');
      return appId
        ? inSetup('ConnectedApplication', `/app/mgmt/forceconnectedapps/forceAppDetail.apexp?applicationId=${appId}`)
        : undefined;
    }
    case 'SetupEntityAccess': {
      const appId = id('SetupEntityId');
      return appId
        ? inSetup('ConnectedApplication', `/app/mgmt/forceconnectedapps/forceAppDetail.apexp?applicationId=${appId}`)
        : undefined;
    }
    case 'PermissionSetAssignment': {
      const setId = id('PermissionSetId');
      return setId ? inSetup('PermSets', `/${setId}`) : undefined;
    }
    case 'LoginHistory':
      return `${base}/lightning/setup/OrgLoginHistory/home`;
    case 'Organization':
      return `${base}/lightning/setup/CompanyProfileInfo/home`;
    default:
      return undefined;
  }
}
