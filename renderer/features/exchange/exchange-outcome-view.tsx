import { deadlineText } from '../../../shared/salesforce/exchange-deadline';
import { answeredBy, type ExchangeReport } from '../../../shared/salesforce/exchange-report';
import { CopyButton } from '../../components/copy-button';

/** The request as sent (assertion abbreviated), Copy as curl, then the status, body and elapsed time. */
export function ExchangeOutcomeView({ report }: { report: ExchangeReport }) {
  const { outcome, sent } = report;
  const status =
    outcome.kind === 'response' ? `HTTP ${outcome.status}` : outcome.error === 'cancelled' ? 'Cancelled' : 'No response';
  return (
    <div className="card exchange-outcome">
      <h3>Request and response</h3>
      <figure aria-label="Request as sent">
        <pre className="exchange-wrap">
          {`${sent.method} ${sent.url}\n${Object.entries(sent.headers)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\n')}\n\n${sent.body}`}
        </pre>
      </figure>
      <div className="button-row">
        <span>Copy as curl</span>
        <CopyButton value={report.curl} label="Copy as curl" />
      </div>
      <dl className="facts">
        <dt>Answered by</dt>
        <dd data-testid="exchange-answered-by">
          {answeredBy(report)}
          {report.rehearsal?.playedHost ? `, playing ${report.rehearsal.playedHost}` : ''}
        </dd>
        <dt>Status</dt>
        <dd data-testid="exchange-status" className={report.ok ? 'exchange-ok' : 'exchange-failed'}>
          {status}
        </dd>
        <dt>Elapsed</dt>
        <dd>{report.elapsedMs} ms</dd>
        {report.timedOut ? (
          <>
            <dt>Deadline</dt>
            <dd data-testid="exchange-deadline">{deadlineText(report.timedOut)}</dd>
          </>
        ) : null}
        {outcome.kind === 'response' && outcome.location ? (
          <>
            <dt>Location</dt>
            <dd className="mono exchange-wrap">{outcome.location}</dd>
          </>
        ) : null}
      </dl>
      <figure aria-label="Response body">
        <pre className="exchange-wrap">{bodyText(report)}</pre>
      </figure>
    </div>
  );
}

function bodyText({ outcome }: ExchangeReport): string {
  if (outcome.kind === 'network-error') return `${outcome.message}${outcome.errno ? ` (${outcome.errno})` : ''}`;
  const body = outcome.body;
  switch (body.kind) {
    case 'json':
      return body.pretty;
    case 'html':
      return `HTML page${body.title ? ` "${body.title}"` : ''}: ${body.excerpt}`;
    case 'text':
      return body.excerpt;
    case 'empty':
      return '(empty body)';
  }
}
