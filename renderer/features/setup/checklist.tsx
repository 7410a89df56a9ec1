import { CopyButton } from '../../components/copy-button';
import { SetupText } from '../../components/setup-text';
import type { ChecklistItem } from './app-checklists';
import { CertificateDownload } from './certificate-download';
import { RedoNotice } from './redo-notice';
import type { StepMark } from './step-status';
import { useWizard } from './wizard-store';
import { confirmCertificate } from './workspace-sync';

/**
 * Setup instructions as a list of things to do, each with its exact path, values to copy and a done tick.
 * Ticking the certificate upload records which certificate the admin uploaded (the workspace's step 3).
 */
export function Checklist({ items, label, mark }: { items: ChecklistItem[]; label: string; mark?: StepMark }) {
  const { ticks, tick, appSavedAt, markAppSaved } = useWizard();
  const toggle = (item: ChecklistItem, done: boolean) => {
    tick(item.id, done);
    if (item.certificate) void confirmCertificate('configure', done);
    if (done && item.saved && appSavedAt === undefined) markAppSaved(Date.now());
  };
  return (
    <ol className="wizard-checklist" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={ticks[item.id] ? 'done' : undefined}>
          <p className="wizard-path">
            <SetupText text={item.path} />
          </p>
          <p>
            <SetupText text={item.action} />
          </p>
          {item.copy?.map((c) => (
            <p key={c.label} className="wizard-copy">
              <span>{c.label}:</span> <code>{c.value}</code> <CopyButton value={c.value} label={`Copy ${c.label}`} />
            </p>
          ))}
          {item.certificate ? <CertificateDownload /> : null}
          {item.certificate && mark ? (
            <RedoNotice
              mark={mark}
              what="uploaded to the app"
              confirmLabel="I uploaded the new certificate"
              onConfirm={() => confirmCertificate('configure', true)}
            />
          ) : null}
          <label className="wizard-tick">
            <input type="checkbox" checked={ticks[item.id] === true} onChange={(e) => toggle(item, e.target.checked)} /> Done:{' '}
            {item.done}
          </label>
        </li>
      ))}
    </ol>
  );
}

export function checklistDone(items: ChecklistItem[], ticks: Record<string, boolean>): boolean {
  return items.every((item) => ticks[item.id] === true);
}
