import { orgCheckErrors } from '../../shared/org-check/org-check-errors';
import type { AdminConnectionInfo, OrgCheckReport } from '../../shared/org-check/org-check-report';
import type { Rehearsal } from '../exchange/rehearsal/rehearsal';
import { type AdminConnection, adminConnection, connectionInfo } from './admin-connection';
import { type OrgCheckInput, runOrgCheck } from './org-check';
import { listSfOrgs, type SfOrg, sfOrgConnection } from './sf-cli';

/**
 * The admin connection of a host process, in memory only: it dies with the process and is replaced by the next
 * connect. (Saving it sealed in the workspace is left to the workspace feature; until then nothing is written.)
 */
export class OrgCheckSession {
  private connection: AdminConnection | undefined;

  constructor(private readonly rehearsal: Rehearsal) {}

  sfOrgs(): Promise<SfOrg[]> {
    return listSfOrgs();
  }

  async connectSfOrg(alias: string): Promise<AdminConnectionInfo> {
    return this.keep(await sfOrgConnection(alias));
  }

  connectToken(instanceUrl: string, accessToken: string): AdminConnectionInfo {
    return this.keep(adminConnection('pasted', instanceUrl, accessToken, 'pasted token'));
  }

  async connectRehearsal(): Promise<AdminConnectionInfo> {
    return this.keep(await this.rehearsal.adminConnection());
  }

  info(): AdminConnectionInfo | null {
    return this.connection ? connectionInfo(this.connection) : null;
  }

  disconnect(): void {
    this.connection = undefined;
  }

  run(input: OrgCheckInput): Promise<OrgCheckReport> {
    if (!this.connection) throw orgCheckErrors.raise('org-check-not-connected');
    return runOrgCheck(this.connection, input);
  }

  private keep(connection: AdminConnection): AdminConnectionInfo {
    this.connection = connection;
    return connectionInfo(connection);
  }
}
