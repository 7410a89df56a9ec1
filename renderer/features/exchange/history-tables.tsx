import { type ReactNode, useId } from 'react';
import type { HistoryEntry, LoginHistoryRow } from '../../../shared/salesforce/exchange-report';

const time = (iso: string) => new Date(iso).toLocaleTimeString();

/** A titled table in its card; a table wider than the card scrolls inside it. */
function TableCard({ title, columns, children }: { title: string; columns: string[]; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <div className="table-scroll">
        <table className="exchange-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

/** The attempts since the app started, newest first: no assertion, no token. */
export function AttemptHistoryTable({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <TableCard title="Attempts since start" columns={['Time', 'Endpoint', 'Outcome', 'First cause', 'Elapsed']}>
      {entries.map((e) => (
        <tr key={e.attemptId}>
          <td>{time(e.time)}</td>
          <td className="mono">{e.endpoint}</td>
          <td className={e.ok ? 'exchange-ok' : 'exchange-failed'}>{e.outcome}</td>
          <td className="mono">{e.firstCause ?? (e.ok ? '—' : '')}</td>
          <td>{e.elapsedMs} ms</td>
        </tr>
      ))}
    </TableCard>
  );
}

/** Setup → Login History as the rehearsal org records it. */
export function LoginHistoryTable({ rows }: { rows: LoginHistoryRow[] }) {
  if (rows.length === 0) return null;
  return (
    <TableCard title="Login History (rehearsal org)" columns={['Time', 'Username', 'Status', 'Application']}>
      {rows.map((r) => (
        <tr key={`${r.time} ${r.username} ${r.status}`}>
          <td>{time(r.time)}</td>
          <td className="mono">{r.username}</td>
          <td>{r.status}</td>
          <td>{r.application ?? ''}</td>
        </tr>
      ))}
    </TableCard>
  );
}
