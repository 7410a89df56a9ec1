import { useEffect } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import '../../styles/exchange.css';
import { OrgCheckPanel } from '../org-check/org-check-panel';
import { DiagnosisList } from './diagnosis-list';
import { ExchangeOutcomeView } from './exchange-outcome-view';
import { ExchangeRequestForm } from './exchange-request-form';
import { useExchange } from './exchange-store';
import { AttemptHistoryTable, LoginHistoryTable } from './history-tables';
import { RehearsalControls } from './rehearsal-controls';
import { SuccessPanel } from './success-panel';

/**
 * Everything of the Token exchange but its heading: the wizard embeds it as its "Test" step. Test login,
 * the answer, the ranked diagnosis, the history, and the offline rehearsal.
 */
export function ExchangePanel() {
  const { report, error, history, loginHistory, rehearsal, refreshHistory } = useExchange();
  useEffect(() => {
    void refreshHistory();
  }, [refreshHistory]);
  return (
    <div className="exchange-panel">
      <RehearsalControls />
      <ExchangeRequestForm />
      {error ? <ErrorMessage error={error} /> : null}
      {report ? (
        <div aria-live="polite" className="exchange-results">
          {report.success ? <SuccessPanel key={report.attemptId} report={report} success={report.success} /> : null}
          {!report.ok && report.diagnosis.length > 0 ? <DiagnosisList report={report} /> : null}
          {!report.ok && report.diagnosis.length > 0 ? <OrgCheckPanel key={report.attemptId} report={report} /> : null}
          {!report.ok && report.diagnosis.length === 0 ? <Notice tone="info">The request was cancelled.</Notice> : null}
          <ExchangeOutcomeView report={report} />
        </div>
      ) : null}
      {rehearsal ? <LoginHistoryTable rows={loginHistory} /> : null}
      <AttemptHistoryTable entries={history} />
    </div>
  );
}
