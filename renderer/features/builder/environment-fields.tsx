import { useId, useState } from 'react';
import {
  type EnvironmentKind,
  myDomainNameProblem,
  normalizeSiteUrl,
  sandboxNameProblem,
  tokenUrl,
} from '../../../shared/salesforce/endpoints';
import { useSession } from '../../app/session-store';
import { TextField } from '../../components/text-field';
import { readMyDomainInput } from './my-domain-input';

/** Short enough to read in a narrow select; the host each one means is shown under it (Token endpoint). */
const KINDS: { kind: EnvironmentKind; label: string }[] = [
  { kind: 'production', label: 'Production / Developer Edition' },
  { kind: 'sandbox', label: 'Sandbox' },
  { kind: 'my-domain', label: 'My Domain (External Client Apps)' },
  { kind: 'site', label: 'Experience Cloud site' },
];

/**
 * The org's environment: fills both the token endpoint and the aud in the session (shared with the exchange
 * and the wizard), so they cannot disagree unless the user edits the aud on purpose.
 */
export function EnvironmentFields() {
  const id = useId();
  const { environment, endpoint, setEnvironment } = useSession();
  const [myDomain, setMyDomain] = useState(environment.kind === 'my-domain' ? environment.myDomain : '');
  const [sandboxName, setSandboxName] = useState(environment.kind === 'my-domain' ? (environment.sandboxName ?? '') : '');
  const [siteUrl, setSiteUrl] = useState(environment.kind === 'site' ? environment.siteUrl : '');

  const choose = (kind: EnvironmentKind, values = { myDomain, sandboxName, siteUrl }) => {
    if (kind === 'my-domain') {
      const sandbox = values.sandboxName.trim();
      setEnvironment({ kind, myDomain: values.myDomain.trim(), ...(sandbox ? { sandboxName: sandbox } : {}) });
    } else if (kind === 'site') {
      setEnvironment({ kind, siteUrl: normalizeSiteUrl(values.siteUrl) });
    } else {
      setEnvironment({ kind });
    }
  };

  return (
    <>
      <div className="field">
        <label htmlFor={id}>Environment</label>
        <select id={id} value={environment.kind} onChange={(e) => choose(e.target.value as EnvironmentKind)}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
        <span className="help">
          Token endpoint: {endpoint.trim() === '' ? 'enter the site URL to see it' : <code>{tokenUrl(endpoint)}</code>}
        </span>
      </div>
      {environment.kind === 'my-domain' ? (
        <>
          <TextField
            label="My Domain name"
            value={myDomain}
            placeholder="acme"
            help="The part before .my.salesforce.com (Setup → My Domain); a pasted URL is read for you."
            error={myDomain === '' ? undefined : myDomainNameProblem(myDomain)}
            onChange={(value) => {
              const read = readMyDomainInput(value);
              const sandbox = read.sandboxName ?? sandboxName;
              setMyDomain(read.myDomain);
              setSandboxName(sandbox);
              choose('my-domain', { myDomain: read.myDomain, sandboxName: sandbox, siteUrl });
            }}
          />
          <TextField
            label="Sandbox name (optional)"
            value={sandboxName}
            placeholder="uat"
            help="For a sandbox: NAME--SANDBOX.sandbox.my.salesforce.com."
            error={sandboxName === '' ? undefined : sandboxNameProblem(sandboxName)}
            onChange={(value) => {
              setSandboxName(value);
              choose('my-domain', { myDomain, sandboxName: value, siteUrl });
            }}
          />
        </>
      ) : null}
      {environment.kind === 'site' ? (
        <TextField
          label="Experience Cloud site URL"
          value={siteUrl}
          placeholder="https://acme.my.site.com/partners"
          help="The site’s URL, with its path if it has one (Setup → Digital Experiences → All Sites)."
          onChange={(value) => {
            setSiteUrl(value);
            choose('site', { myDomain, sandboxName, siteUrl: value });
          }}
        />
      ) : null}
    </>
  );
}
