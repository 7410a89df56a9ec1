import { useId } from 'react';
import { LOGIN_URL, TEST_URL } from '../../../shared/salesforce/endpoints';
import { useSession } from '../../app/session-store';
import { TextField } from '../../components/text-field';
import { useInspector } from './inspector-store';

/** The token endpoint the aud is checked against (aud-endpoint-mismatch); none by default. */
export function EndpointChoice() {
  const id = useId();
  const sessionEndpoint = useSession((s) => s.endpoint);
  const { endpoint, setEndpoint } = useInspector();
  const presets = [...new Set([LOGIN_URL, TEST_URL, sessionEndpoint])].filter((url) => url !== '');
  const choice = endpoint === '' ? '' : presets.includes(endpoint) ? endpoint : 'other';
  return (
    <div className="form-grid">
      <div className="field">
        <label htmlFor={id}>Token endpoint to check aud against</label>
        <select id={id} value={choice} onChange={(e) => setEndpoint(e.target.value === 'other' ? 'https://' : e.target.value)}>
          <option value="">None</option>
          {presets.map((url) => (
            <option key={url} value={url}>
              {url === LOGIN_URL ? `${url} (production)` : url === TEST_URL ? `${url} (sandbox)` : url}
            </option>
          ))}
          <option value="other">Another URL…</option>
        </select>
      </div>
      {choice === 'other' ? <TextField label="Endpoint URL" value={endpoint} onChange={setEndpoint} /> : null}
    </div>
  );
}
