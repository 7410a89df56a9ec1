import { useId } from 'react';
import type { HistoryEntry, LoginHistoryRow } from '../../../shared/salesforce/exchange-report';

const time = (iso: string) => new Date(iso).toLocaleTimeString();

/** The attempts since the app started, newest first: no assertion, no token. */
export function AttemptHistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>Attempts since start</h3>
      <div className="table-scroll">
        <table className="exchange-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Outcome</th>
              <th scope="col">First cause</th>
              <th scope="col">Elapsed</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.attemptId}>
                <td>{time(e.time)}</td>
                <td className="mono">{e.endpoint}</td>
                <td className={e.ok ? 'exchange-ok' : 'exchange-failed'}>{e.outcome}</td>
                <td className="mono">{e.firstCause ?? (e.ok ? '—' : '')}</td>
                <td>{e.elapsedMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Setup → Login History as the rehearsal org records it. */
export function LoginHistoryTable({ rows }: { rows: LoginHistoryRow[] }) {
  const headingId = useId();
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>Login History (rehearsal org)</h3>
      <div className="table-scroll">
        <table className="exchange-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Username</th>
              <th scope="col">Status</th>
              <th scope="col">Application</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.time} ${r.username} ${r.status}`}>
                <td>{time(r.time)}</td>
                <td className="mono">{r.username}</td>
                <td>{r.status}</td>
                <td>{r.application ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
