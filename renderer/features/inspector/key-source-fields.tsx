import { useId } from 'react';
import { useInspector } from './inspector-store';
import { useCurrentKey } from './use-current-key';

/** Which public key checks the signature: the current key's certificate, or a pasted certificate/key/JWK/JWKS. */
export function KeySourceFields() {
  const id = useId();
  const key = useCurrentKey();
  const certificate = key?.certificate;
  const { keySource, pastedKey, setKeySource, setPastedKey } = useInspector();
  return (
    <fieldset className="key-source">
      <legend>Check the signature with</legend>
      <label>
        <input type="radio" name={`${id}-source`} checked={keySource === 'current'} onChange={() => setKeySource('current')} />{' '}
        The current key’s certificate
        <span className="help">
          {' '}
          ({certificate ? certificate.subject : key ? 'this key has no certificate yet' : 'no key loaded'})
        </span>
      </label>
      <label>
        <input type="radio" name={`${id}-source`} checked={keySource === 'pasted'} onChange={() => setKeySource('pasted')} /> A
        key I paste
      </label>
      {keySource === 'pasted' ? (
        <div className="field">
          <label htmlFor={`${id}-key`}>Certificate, public key, JWK or JWKS</label>
          <textarea
            id={`${id}-key`}
            value={pastedKey}
            onChange={(e) => setPastedKey(e.target.value)}
            spellCheck={false}
            placeholder="-----BEGIN CERTIFICATE----- … or {&quot;kty&quot;:&quot;RSA&quot;, …}"
          />
        </div>
      ) : null}
    </fieldset>
  );
}
