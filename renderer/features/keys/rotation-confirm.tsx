import { useSession } from '../../app/session-store';
import { stepMark } from '../setup/step-status';
import { useWizard } from '../setup/wizard-store';
import { useKeyRotation } from './key-rotation-store';

const DEPENDENT_STEPS = [
  { id: 'configure', label: '3 (certificate uploaded to the app)' },
  { id: 'test', label: '6 (test the login)' },
  { id: 'jks', label: '7 (certificate in Certificate and Key Management)' },
] as const;

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * A new key while one is in use is a rotation: Salesforce holds the old certificate, so the steps done with it
 * break. Says which, and that the current key stays restorable, before going on.
 */
export function RotationConfirm() {
  const { pendingRotation, confirmRotation, cancelRotation } = useKeyRotation();
  const session = useSession();
  const { ticks, workspace } = useWizard();
  if (!pendingRotation) return null;
  const done = DEPENDENT_STEPS.filter((s) => stepMark(s.id, ticks, session, workspace).state === 'done').map((s) => s.label);
  const action = pendingRotation.kind === 'generate' ? 'Generate a new key' : `Import ${pendingRotation.file.name}`;
  return (
    <section className="card keys-rotation" role="alertdialog" aria-labelledby="rotation-title" aria-describedby="rotation-text">
      <h3 id="rotation-title">Replace the key in use?</h3>
      <div id="rotation-text">
        {done.length > 0 ? (
          <p>
            The certificate uploaded to the app no longer matches: step{done.length > 1 ? 's' : ''} {list(done)} need
            {done.length > 1 ? '' : 's'} doing again.
          </p>
        ) : (
          <p>Nothing was confirmed in Salesforce with the key in use yet: steps 3, 6 and 7 will use the new certificate.</p>
        )}
        <p>The key in use stays restorable (sealed, on the Keys & certificate page) until you discard it.</p>
      </div>
      <div className="button-row">
        {/* biome-ignore lint/a11y/noAutofocus: the confirmation takes the focus it asks for, like a dialog. */}
        <button type="button" className="danger" autoFocus onClick={() => void confirmRotation()}>
          {action} and replace the key
        </button>
        <button type="button" onClick={cancelRotation}>
          Keep the key in use
        </button>
      </div>
    </section>
  );
}
