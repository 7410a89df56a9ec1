import { useId } from 'react';
import type { Cause, CauseCode, WizardStep } from '../../../shared/salesforce/cause-code';
import { causeValues } from '../../../shared/salesforce/cause-values';
import type { ExchangeReport } from '../../../shared/salesforce/exchange-report';
import { helpTitle } from '../../../shared/salesforce/help-pages';
import { useNavigation } from '../../app/navigation-store';
import { useSession } from '../../app/session-store';
import { useOrgUrl } from '../../app/use-org-url';
import { SetupText } from '../../components/setup-text';
import { useExchange } from './exchange-store';
import { rehearsalInput } from './rehearsal-input';

const STEP_NAMES: Record<WizardStep, string> = {
  org: 'Org and environment',
  keys: 'Key and certificate',
  configure: 'Configure the app',
  preauthorize: 'Pre-authorize the user',
  credentials: 'Consumer Key and username',
  test: 'Test the login',
};

/** Causes that mean the request never reached Salesforce: the offline rehearsal still shows the whole flow. */
const UNREACHABLE: CauseCode[] = ['dns-failure', 'connection-refused', 'timeout', 'tls-error'];

/**
 * The ranked causes: the most likely one in full, with the values in play, its first fix as the action to take and
 * a link to the wizard step; the less likely ones collapsed under "n other possible causes".
 */
export function DiagnosisList({
  report,
  causes = report.diagnosis,
  title = 'Diagnosis',
}: {
  report: ExchangeReport;
  /** The causes to show: the report's own, or the same attempt's diagnosis recomputed with the org's evidence. */
  causes?: Cause[];
  title?: string;
}) {
  const headingId = useId();
  const [first, ...others] = causes;
  if (!first) return null;
  return (
    <section className="card exchange-diagnosis" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ol aria-label="Likely causes" className="cause-list">
        <CauseItem cause={first} report={report} first />
        {others.length > 0 ? (
          <li className="cause-others">
            <details>
              <summary>
                {others.length} other possible cause{others.length === 1 ? '' : 's'}
              </summary>
              <ol className="cause-list" aria-label="Other possible causes">
                {others.map((cause) => (
                  <CauseItem key={cause.code} cause={cause} report={report} />
                ))}
              </ol>
            </details>
          </li>
        ) : null}
      </ol>
      <p className="help">
        <SetupText text="Setup → Login History (per user) shows Salesforce's side of each attempt." />
      </p>
    </section>
  );
}

function CauseItem({ cause, report, first = false }: { cause: Cause; report: ExchangeReport; first?: boolean }) {
  const orgUrl = useOrgUrl();
  const fingerprint = useSession((s) => s.key?.certificate?.fingerprintSha256);
  const values = first
    ? causeValues(cause.code, {
        // A rehearsal is sent to loopback: the host it plays is the one the values are about.
        endpoint: report.rehearsal?.playedHost ?? report.endpoint,
        ...(report.lint.payload ? { payload: report.lint.payload } : {}),
        ...(orgUrl ? { myDomainUrl: orgUrl } : {}),
        ...(fingerprint ? { certificateFingerprint: fingerprint } : {}),
      })
    : [];
  const [primary, ...rest] = cause.fix;
  return (
    <li data-code={cause.code} className={first ? 'cause first' : 'cause'}>
      <p className="cause-title">
        <strong>{cause.title}</strong> <code>{cause.code}</code>
        {first ? <span className="badge">most likely</span> : null}
      </p>
      {values.length > 0 ? (
        <dl className="facts cause-values" aria-label="Values in play">
          {values.map((v) => (
            <div key={v.label} className="cause-value">
              <dt>{v.label}</dt>
              <dd className="mono">{v.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {primary ? (
        <p className="cause-primary">
          <span className="label">Do this first: </span>
          <SetupText text={primary} />
        </p>
      ) : null}
      <div className="button-row">
        {cause.wizardStep ? <WizardStepLink step={cause.wizardStep} primary={first} /> : null}
        {first && UNREACHABLE.includes(cause.code) && !report.rehearsal ? <RehearseOfflineButton /> : null}
      </div>
      <p className="label">Why we think so</p>
      <ul>
        {cause.evidence.map((e) => (
          <li key={e}>
            <SetupText text={e} />
          </li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <>
          <p className="label">Then</p>
          <ol className="fix-steps" start={2}>
            {rest.map((step) => (
              <li key={step}>
                <SetupText text={step} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {cause.helpUrl ? (
        <p>
          <a href={cause.helpUrl} target="_blank" rel="noreferrer">
            {helpTitle(cause.helpUrl)}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** Opens the setup wizard at the step that fixes the cause. */
function WizardStepLink({ step, primary }: { step: WizardStep; primary: boolean }) {
  const openWizardStep = useNavigation((s) => s.openWizardStep);
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      data-wizard-step={step}
      onClick={() => openWizardStep(step)}
    >
      Open the wizard step: {STEP_NAMES[step]}
    </button>
  );
}

/** No network, or no org yet: the emulator plays one, so the rest of the flow can still be tried. */
function RehearseOfflineButton() {
  const session = useSession();
  const { startRehearsal, rehearsalBusy } = useExchange();
  return (
    <button type="button" disabled={rehearsalBusy} onClick={() => void startRehearsal(rehearsalInput(session))}>
      No connection? Rehearse offline
    </button>
  );
}
