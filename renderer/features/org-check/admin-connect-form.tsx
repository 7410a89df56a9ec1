import { useId, useState } from 'react';
import { TextField } from '../../components/text-field';
import { useOrgCheck } from './org-check-store';

type Way = 'rehearsal' | 'sf-cli' | 'token';

/**
 * The three ways to give the check an admin session: the rehearsal's System Administrator (offline), an org the sf
 * CLI knows, or a pasted instance URL and access token (kept in memory on the Node side, never shown again).
 */
export function AdminConnectForm({ rehearsing }: { rehearsing: boolean }) {
  const { busy, sfOrgs, listSfOrgs, connectSfOrg, connectToken, connectRehearsal } = useOrgCheck();
  const [way, setWay] = useState<Way>(rehearsing ? 'rehearsal' : 'sf-cli');
  const [alias, setAlias] = useState('');
  const [instanceUrl, setInstanceUrl] = useState('');
  const [token, setToken] = useState('');
  const [keep, setKeep] = useState(false);
  const groupId = useId();
  const ways: { id: Way; label: string }[] = [
    ...(rehearsing ? [{ id: 'rehearsal' as const, label: "Rehearsal's System Administrator" }] : []),
    { id: 'sf-cli', label: 'An org the sf CLI knows' },
    { id: 'token', label: 'Instance URL and access token' },
  ];
  return (
    <div className="org-connect">
      <fieldset className="org-connect-ways">
        <legend id={groupId}>Connect as an admin (read-only)</legend>
        {ways.map((w) => (
          <label key={w.id}>
            <input type="radio" name="org-connect-way" checked={way === w.id} onChange={() => setWay(w.id)} /> {w.label}
          </label>
        ))}
      </fieldset>
      {way === 'rehearsal' ? (
        <div className="button-row">
          <button type="button" disabled={busy} onClick={() => void connectRehearsal()}>
            Connect as the rehearsal's admin
          </button>
          <span className="help">Logs in through the JWT flow as the emulated org's System Administrator.</span>
        </div>
      ) : null}
      {way === 'sf-cli' ? (
        <div className="org-connect-sf">
          <div className="button-row">
            <button type="button" disabled={busy} onClick={() => void listSfOrgs()}>
              List the sf CLI's orgs
            </button>
            <span className="help">Runs sf org list --json; the token comes from sf org display, never from sf's files.</span>
          </div>
          {sfOrgs ? (
            <div className="field">
              <label htmlFor={`${groupId}-alias`}>Org</label>
              <select id={`${groupId}-alias`} value={alias} onChange={(e) => setAlias(e.target.value)}>
                <option value="">Choose an org</option>
                {sfOrgs.map((o) => (
                  <option key={o.username} value={o.alias ?? o.username}>
                    {o.alias ? `${o.alias} (${o.username})` : o.username}
                    {o.instanceUrl ? ` — ${o.instanceUrl}` : ''}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {sfOrgs && sfOrgs.length === 0 ? (
            <p className="help">The sf CLI knows no org: sf org login web --alias ALIAS.</p>
          ) : null}
          <button type="button" disabled={busy || alias === ''} onClick={() => void connectSfOrg(alias)}>
            Connect to this org
          </button>
        </div>
      ) : null}
      {way === 'token' ? (
        <form
          className="org-connect-token"
          onSubmit={(e) => {
            e.preventDefault();
            void connectToken(instanceUrl, token, keep).then(() => setToken(''));
          }}
        >
          <TextField
            label="Instance URL"
            value={instanceUrl}
            onChange={setInstanceUrl}
            placeholder="https://yourdomain.my.salesforce.com"
            help="The org the admin session belongs to."
          />
          <TextField
            label="Access token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={setToken}
            help="Kept in memory on this computer only, masked, never logged; sf org display shows one."
          />
          <label className="check-label">
            <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} /> Keep it for the next start,
            sealed in the workspace like the key (Disconnect forgets it)
          </label>
          <button type="submit" disabled={busy || instanceUrl === '' || token === ''}>
            Connect with this token
          </button>
        </form>
      ) : null}
    </div>
  );
}
