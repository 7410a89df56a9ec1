import { orgCheckErrors } from '../../shared/org-check/org-check-errors';
import type { AdminConnectionInfo, OrgCheckReport } from '../../shared/org-check/org-check-report';
import type { Rehearsal } from '../exchange/rehearsal/rehearsal';
import type { WorkspaceService } from '../workspace/workspace-service';
import { type AdminConnection, adminConnection, connectionInfo } from './admin-connection';
import { type OrgCheckInput, runOrgCheck } from './org-check';

/** Where a pasted token is kept when the admin asks: the workspace. */
export type AdminTokenKeeper = Pick<WorkspaceService, 'keptAdminToken' | 'keepAdminToken'>;

import { listSfOrgs, type SfOrg, sfOrgConnection } from './sf-cli';

const PASTED = 'pasted token';

/**
 * The admin connection of a host process. It lives in memory and is replaced by the next connect; a pasted
 * token outlives the process only when the admin asks, sealed in the workspace like the keys, and a disconnect
 * forgets it there too.
 */
export class OrgCheckSession {
  private connection: AdminConnection | undefined;

  constructor(
    private readonly rehearsal: Rehearsal,
    private readonly workspace: AdminTokenKeeper,
  ) {}

  sfOrgs(): Promise<SfOrg[]> {
    return listSfOrgs();
  }

  async connectSfOrg(alias: string): Promise<AdminConnectionInfo> {
    return this.keep(await sfOrgConnection(alias));
  }

  /** `keepSealed`: keep it for the next start (sealed in the workspace); otherwise any kept token is forgotten. */
  connectToken(instanceUrl: string, accessToken: string, keepSealed = false): AdminConnectionInfo {
    const connection = adminConnection('pasted', instanceUrl, accessToken, PASTED);
    this.workspace.keepAdminToken(
      keepSealed ? { instanceUrl: connection.instanceUrl, accessToken: connection.accessToken } : undefined,
    );
    return this.keep(connection);
  }

  async connectRehearsal(): Promise<AdminConnectionInfo> {
    return this.keep(await this.rehearsal.adminConnection());
  }

  info(): AdminConnectionInfo | null {
    const connection = this.current();
    return connection ? this.describe(connection) : null;
  }

  disconnect(): void {
    this.connection = undefined;
    this.workspace.keepAdminToken(undefined);
  }

  run(input: OrgCheckInput): Promise<OrgCheckReport> {
    const connection = this.current();
    if (!connection) throw orgCheckErrors.raise('org-check-not-connected');
    return runOrgCheck(connection, input);
  }

  /** The connection of this process, else the token kept from an earlier one. */
  private current(): AdminConnection | undefined {
    const kept = this.workspace.keptAdminToken();
    this.connection ??= kept ? adminConnection('pasted', kept.instanceUrl, kept.accessToken, PASTED) : undefined;
    return this.connection;
  }

  private describe(connection: AdminConnection): AdminConnectionInfo {
    const kept = this.workspace.keptAdminToken();
    const sealed = kept !== undefined && kept.accessToken === connection.accessToken;
    return { ...connectionInfo(connection), kept: sealed };
  }

  private keep(connection: AdminConnection): AdminConnectionInfo {
    this.connection = connection;
    return this.describe(connection);
  }
}
