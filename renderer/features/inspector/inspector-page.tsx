import { useMemo } from 'react';
import { lintJwt } from '../../../shared/jwt/lint';
import { readCompactJwt } from '../../../shared/jwt/read-compact-jwt';
import { reencodeJwt } from '../../../shared/jwt/reencode';
import type { SignatureCheck } from '../../../shared/jwt/verify';
import type { KeySummary } from '../../../shared/keys/key-summary';
import { useSession } from '../../app/session-store';
import { ClaimsTable } from '../../components/jwt/claims-table';
import { DecodedSegments } from '../../components/jwt/decoded-segments';
import { SegmentedToken } from '../../components/jwt/segmented-token';
import { useNow } from '../../components/jwt/use-now';
import { Notice } from '../../components/notice';
import { CleanTokenButton } from './clean-token-button';
import { EndpointChoice } from './endpoint-choice';
import { FindingsList } from './findings-list';
import { type KeySource, useInspector } from './inspector-store';
import { KeySourceFields } from './key-source-fields';
import { ResignButton } from './resign-button';
import { SignatureVerdict } from './signature-verdict';
import { TokenInput } from './token-input';
import { TokenVerdict } from './token-verdict';
import { useSignatureCheck } from './use-signature-check';
import '../../styles/jwt.css';

/** What to do when there is no key to check with: the verdict alone ("no key") does not say where to get one. */
function noKeyHint(check: SignatureCheck | undefined, source: KeySource, key: KeySummary | undefined): string | undefined {
  if (check?.reason !== 'no-key') return undefined;
  if (source === 'pasted') return 'Paste the certificate (.crt) uploaded to the app, its public key PEM, a JWK or a JWKS.';
  return key
    ? 'The current key has no certificate yet: create one on the Keys & certificate page, or choose “A key I paste”.'
    : 'No key is loaded: generate or import one on the Keys & certificate page, or choose “A key I paste” and paste the app’s certificate.';
}

export function InspectorPage() {
  const token = useSession((s) => s.inspectorToken);
  const setToken = useSession((s) => s.setInspectorToken);
  const key = useSession((s) => s.key);
  const certificatePem = key?.certificate?.pem;
  const { keySource, pastedKey, endpoint, purpose, setPurpose, edited, highlight, tokenReplaced, markEdited } = useInspector();
  const now = useNow();
  const report = useMemo(() => lintJwt(token, { endpoint, now, purpose }), [token, endpoint, now, purpose]);
  const signature = useSignatureCheck(token, keySource === 'current' ? certificatePem : pastedKey);
  const hasToken = token.trim() !== '';
  const edit = (segment: 'header' | 'payload', json: string) => {
    const result = reencodeJwt(token, segment, json);
    if (!result.ok) return result.problem;
    setToken(result.token);
    markEdited();
    return undefined;
  };
  return (
    <section aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">JWT inspector</h2>
      <div className="card">
        <TokenInput
          value={token}
          onChange={(value) => {
            setToken(value);
            tokenReplaced();
          }}
        />
        {hasToken ? (
          <TokenVerdict findings={report.findings} signature={signature} endpoint={endpoint} aud={report.payload?.aud} />
        ) : null}
        <CleanTokenButton />
        <div className="form-grid inspector-options">
          <div className="field">
            <label htmlFor="inspector-purpose">Check as</label>
            <select
              id="inspector-purpose"
              value={purpose}
              onChange={(e) => setPurpose(e.target.value === 'attestation' ? 'attestation' : 'bearer')}
            >
              <option value="bearer">JWT Bearer assertion</option>
              <option value="attestation">Client attestation (first-party app)</option>
            </select>
          </div>
        </div>
        <EndpointChoice />
      </div>
      {hasToken ? (
        <>
          <div className="card">
            <h3>Token</h3>
            {/* The token as read: after a Bearer prefix, without whitespace (the findings name both). */}
            <SegmentedToken token={readCompactJwt(token).compact} label="Token segments" {...(highlight ? { highlight } : {})} />
            {edited ? (
              <Notice tone="warning">
                Edited here: the header and payload are re-encoded, but the signature was made over the original text, so it no
                longer matches. Re-sign it with the key in use, or sign the claims again in the JWT builder.
                <ResignButton />
              </Notice>
            ) : null}
            <p className="help">Edit the header or payload below: the token is re-encoded as you type.</p>
            <DecodedSegments header={report.header} payload={report.payload} onEdit={edit} />
            {report.payload ? <ClaimsTable payload={report.payload} now={now} /> : null}
          </div>
          <div className="card">
            <h3>Signature</h3>
            <KeySourceFields />
            <SignatureVerdict check={signature} hint={noKeyHint(signature, keySource, key)} />
          </div>
          <div className="card">
            <h3>Findings</h3>
            <FindingsList findings={report.findings} />
          </div>
        </>
      ) : null}
    </section>
  );
}
