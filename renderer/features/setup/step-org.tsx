import { resolveEnvironment } from '../../../shared/salesforce/endpoints';
import { useSession } from '../../app/session-store';
import { TextField } from '../../components/text-field';
import { readMyDomainInput } from '../builder/my-domain-input';
import { OfflineStart } from './offline-start';
import { chooseEnvironment, type OrgKind } from './org-choice';
import { useWizard } from './wizard-store';

const ORG_KINDS: { id: OrgKind; label: string; help: string }[] = [
  { id: 'production', label: 'Production or Developer Edition', help: 'Usernames like admin@acme.com.' },
  { id: 'sandbox', label: 'Sandbox', help: 'Usernames carry the sandbox name: admin@acme.com.uat.' },
  { id: 'site', label: 'Experience Cloud site', help: 'Users who log in through a site (Connected App only).' },
];

/** Step 1: which org and which kind of app; they decide the token host and the `aud`. */
export function StepOrg() {
  const { org, setOrg, tick, next } = useWizard();
  const session = useSession();
  const { environment, problems } = chooseEnvironment(org);
  const resolved = environment ? resolveEnvironment(environment) : undefined;
  const external = org.appKind === 'external';

  const apply = () => {
    if (!environment) return;
    session.setAppKind(org.appKind);
    session.setEnvironment(environment);
    tick('org', true);
    next();
  };

  return (
    <>
      <OfflineStart />
      <form
        className="wizard-step-body"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <fieldset className="wizard-choice">
          <legend>App kind</legend>
          <label>
            <input type="radio" name="app-kind" checked={external} onChange={() => setOrg('appKind', 'external')} /> External
            Client App
            <span className="help"> (the default for new apps since Spring ’26)</span>
          </label>
          <label>
            <input type="radio" name="app-kind" checked={!external} onChange={() => setOrg('appKind', 'connected')} /> Existing
            Connected App <span className="help"> (new ones need Salesforce Support)</span>
          </label>
        </fieldset>
        <fieldset className="wizard-choice">
          <legend>Org</legend>
          {ORG_KINDS.map((kind) => (
            <label key={kind.id}>
              <input
                type="radio"
                name="org-kind"
                checked={org.orgKind === kind.id}
                disabled={kind.id === 'site' && external}
                onChange={() => setOrg('orgKind', kind.id)}
              />{' '}
              {kind.label} <span className="help">— {kind.help}</span>
            </label>
          ))}
          {problems.orgKind ? <p className="field-error">{problems.orgKind}</p> : null}
        </fieldset>
        <div className="form-grid">
          {external ? (
            <TextField
              label="My Domain name"
              value={org.myDomain}
              onChange={(v) => {
                // A URL pasted from the address bar or Setup → My Domain: its name, and a sandbox's name with it.
                const read = readMyDomainInput(v);
                setOrg('myDomain', read.myDomain);
                if (read.sandboxName) {
                  setOrg('orgKind', 'sandbox');
                  setOrg('sandboxName', read.sandboxName);
                }
              }}
              error={org.myDomain === '' ? undefined : problems.myDomain}
              help="Setup → My Domain: the name before .my.salesforce.com (acme for https://acme.my.salesforce.com); a pasted URL is read for you."
              spellCheck={false}
              autoComplete="off"
            />
          ) : null}
          {org.orgKind === 'sandbox' ? (
            <TextField
              label={external ? 'Sandbox name' : 'Sandbox name (optional)'}
              value={org.sandboxName}
              onChange={(v) => setOrg('sandboxName', v)}
              error={org.sandboxName === '' ? undefined : problems.sandboxName}
              help={
                external
                  ? 'As in Setup → Sandboxes, e.g. uat.'
                  : 'As in Setup → Sandboxes, e.g. uat. The host stays test.salesforce.com; the name lets step 5 check the username (admin@acme.com.uat).'
              }
              spellCheck={false}
            />
          ) : null}
          {!external && org.orgKind === 'site' ? (
            <TextField
              label="Site URL"
              value={org.siteUrl}
              onChange={(v) => setOrg('siteUrl', v)}
              error={org.siteUrl === '' ? undefined : problems.siteUrl}
              help="e.g. https://acme.my.site.com/partners"
              spellCheck={false}
            />
          ) : null}
        </div>
        {resolved ? (
          <dl className="facts wizard-resolved" aria-label="Token host and audience">
            <dt>Token endpoint</dt>
            <dd className="mono">{resolved.endpoint}/services/oauth2/token</dd>
            <dt>aud</dt>
            <dd className="mono">{resolved.aud}</dd>
          </dl>
        ) : null}
        <div className="button-row">
          <button
            type="submit"
            className="primary"
            disabled={!environment}
            aria-describedby={environment ? undefined : 'org-blocked'}
          >
            Use this org and continue
          </button>
          {environment ? null : (
            <span id="org-blocked" className="disabled-reason">
              {Object.values(problems)[0] ?? 'Enter the org’s names first.'}
            </span>
          )}
        </div>
      </form>
    </>
  );
}
