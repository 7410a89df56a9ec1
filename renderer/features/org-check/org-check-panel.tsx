import { useEffect, useId, useState } from 'react';
import type { ExchangeReport } from '../../../shared/salesforce/exchange-report';
import { tellApart } from '../../../shared/salesforce/tell-apart';
import { ErrorMessage } from '../../components/error-message';
import { TextField } from '../../components/text-field';
import '../../styles/org-check.css';
import { DiagnosisList } from '../exchange/diagnosis-list';
import { useExchange } from '../exchange/exchange-store';
import { AdminConnectForm } from './admin-connect-form';
import { EvidenceTable } from './evidence-table';
import { useOrgCheck } from './org-check-store';

/**
 * "Check in the org" beside a refused login: with an admin session, read the user, the app's policy and grants,
 * and Login History (read-only), then diagnose the attempt again with what the org shows.
 */
export function OrgCheckPanel({ report }: { report: ExchangeReport }) {
  const headingId = useId();
  const rehearsing = useExchange((s) => s.rehearsal !== undefined);
  const state = useOrgCheck();
  const { connection, busy, error, refreshConnection, disconnect, run } = state;
  const sub = report.lint.payload?.sub;
  const [username, setUsername] = useState(typeof sub === 'string' ? sub : '');
  const [app, setApp] = useState('');
  useEffect(() => {
    void refreshConnection();
  }, [refreshConnection]);
  const checked = state.attemptId === report.attemptId ? state.report : undefined;
  const diagnosis = state.attemptId === report.attemptId ? state.diagnosis : undefined;
  // Once the org has answered, its evidence replaces the question.
  const question = diagnosis ? undefined : tellApart(report.diagnosis);
  const check = (appName: string) => void run({ username, attemptId: report.attemptId, ...(appName ? { app: appName } : {}) });
  return (
    <section className="card org-check" aria-labelledby={headingId}>
      <h3 id={headingId}>Check in the org</h3>
      {question ? (
        <p className="org-check-question">
          <strong>The question that tells the first two causes apart:</strong> {question}
        </p>
      ) : null}
      <p className="help">
        Salesforce gives one answer for several causes; the org itself knows which. An admin session reads the user, the app's
        Permitted Users policy, its profiles and permission sets, and Login History. Nothing is written to the org.
      </p>
      {connection ? (
        <p className="org-connection">
          Connected to <span className="mono">{connection.instanceUrl}</span> as {connection.label}{' '}
          <span className="mono">({connection.maskedToken})</span>
          {connection.kept ? ', kept sealed in the workspace' : ''}{' '}
          <button type="button" disabled={busy} onClick={() => void disconnect()}>
            Disconnect
          </button>
        </p>
      ) : (
        <AdminConnectForm rehearsing={rehearsing} />
      )}
      {connection ? (
        <form
          className="org-check-run"
          onSubmit={(e) => {
            e.preventDefault();
            check(app);
          }}
        >
          <TextField label="Username (sub)" value={username} onChange={setUsername} />
          {checked && checked.apps.length > 0 ? (
            <div className="field">
              <label htmlFor={`${headingId}-app`}>Connected App</label>
              <select
                id={`${headingId}-app`}
                value={app || checked.app || ''}
                onChange={(e) => {
                  setApp(e.target.value);
                  check(e.target.value);
                }}
              >
                <option value="">From Login History</option>
                {checked.apps.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <TextField
              label="Connected App (optional)"
              value={app}
              onChange={setApp}
              help="Empty: the app Login History names for the user's latest attempt."
            />
          )}
          <button type="submit" className="primary" disabled={busy || username.trim() === ''}>
            {busy ? 'Checking…' : 'Check in the org'}
          </button>
        </form>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {checked ? (
        <div className="org-check-results" aria-live="polite">
          {checked.findings.map((f) => (
            <ErrorMessage key={f.code} error={f} />
          ))}
          {checked.evidence.length > 0 ? <EvidenceTable evidence={checked.evidence} instanceUrl={checked.instanceUrl} /> : null}
          {diagnosis && diagnosis.length > 0 ? (
            <DiagnosisList report={report} causes={diagnosis} title="Diagnosis with your org's evidence" />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
