import { useState } from 'react';
import type { ErrorShape } from '../../../shared/errors/studio-error';
import { answeredBy, type ExchangeReport, type ExchangeSuccess } from '../../../shared/salesforce/exchange-report';
import { api } from '../../api/client';
import { CopyButton } from '../../components/copy-button';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';

/**
 * A successful login: the token masked until revealed (it is fetched from the Node side only on Reveal or
 * Copy), the grant's fields, and the proof calls' identity, API version, org name and the user's profile.
 */
export function SuccessPanel({ report, success }: { report: ExchangeReport; success: ExchangeSuccess }) {
  const [token, setToken] = useState<string>();
  const [error, setError] = useState<ErrorShape>();
  const who = success.proof.identity;

  const fetchToken = async () => {
    const result = await api['exchange.revealToken']({ attemptId: report.attemptId });
    if (!result.ok) {
      setError(result.error);
      return undefined;
    }
    return result.value.accessToken;
  };
  const toggleReveal = async () => setToken(token ? undefined : await fetchToken());

  return (
    <section className="card exchange-success" aria-label="Login succeeded">
      <Notice tone="ok">
        Logged in{who?.name ? ` as ${who.name}` : ''}: {answeredBy(report)} issued an access token and it works.
        {report.rehearsal
          ? ` It played ${report.rehearsal.playedHost ?? 'Salesforce'}; Salesforce itself was not asked: test against your org to be sure.`
          : ''}
      </Notice>
      <dl className="facts">
        <dt>access_token</dt>
        <dd>
          <code className="exchange-wrap" data-testid="access-token">
            {token ?? success.maskedToken}
          </code>{' '}
          <button type="button" onClick={() => void toggleReveal()} aria-pressed={token !== undefined}>
            {token ? 'Hide' : 'Reveal'}
          </button>{' '}
          <CopyButton value={async () => token ?? (await fetchToken())} label="Copy access token" />
        </dd>
        <dt>instance_url</dt>
        <dd className="mono">{success.instanceUrl}</dd>
        <dt>id</dt>
        <dd className="mono exchange-wrap">{success.id}</dd>
        {success.scope ? (
          <>
            <dt>scope</dt>
            <dd className="mono">{success.scope}</dd>
          </>
        ) : null}
        {success.tokenType ? (
          <>
            <dt>token_type</dt>
            <dd className="mono">{success.tokenType}</dd>
          </>
        ) : null}
        {success.sfdcSiteUrl ? (
          <>
            <dt>sfdc_site_url</dt>
            <dd className="mono">{success.sfdcSiteUrl}</dd>
          </>
        ) : null}
      </dl>
      <h4>Token proof</h4>
      <dl className="facts" aria-label="Identity">
        <dt>Name</dt>
        <dd data-testid="identity-name">{who?.name ?? '—'}</dd>
        <dt>Username</dt>
        <dd data-testid="identity-username">{who?.username ?? '—'}</dd>
        <dt>Org ID</dt>
        <dd className="mono" data-testid="identity-org">
          {who?.orgId ?? '—'}
        </dd>
        <dt>Org name</dt>
        <dd data-testid="proof-org-name">{success.proof.org?.name ?? '—'}</dd>
        <dt>Profile</dt>
        <dd data-testid="proof-profile">{success.proof.user?.profile ?? '—'}</dd>
        <dt>Latest API version</dt>
        <dd data-testid="api-version">
          {success.proof.latestApiVersion
            ? `v${success.proof.latestApiVersion.version}${success.proof.latestApiVersion.label ? ` (${success.proof.latestApiVersion.label})` : ''}`
            : '—'}
        </dd>
      </dl>
      {success.proof.problems.map((problem) => (
        <ErrorMessage key={problem.code + problem.message} error={problem} />
      ))}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
