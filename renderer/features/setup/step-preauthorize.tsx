import { useSession } from '../../app/session-store';
import { Notice } from '../../components/notice';
import { preauthorizeChecklist } from './app-checklists';
import { Checklist } from './checklist';

/** Step 4: the JWT flow has no consent screen, so the user must be pre-authorized by an admin. */
export function StepPreauthorize() {
  const appKind = useSession((s) => s.appKind);
  return (
    <div className="wizard-step-body">
      <p>
        The JWT Bearer flow cannot ask the user to approve the app: without pre-authorization Salesforce answers "user hasn't
        approved this consumer".
      </p>
      <Checklist items={preauthorizeChecklist(appKind)} label="Pre-authorize the user" />
      <Notice tone="info">
        A permission set on the Salesforce API Integration licence cannot hold an app assignment: for an API-only integration
        user, assign the app through the user's profile (e.g. Minimum Access - API Only Integrations) or a permission set without
        a licence.
      </Notice>
    </div>
  );
}
