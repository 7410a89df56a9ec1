import type { SignedAssertion } from '../../../shared/api/jwt-contract';
import { useNavigation } from '../../app/navigation-store';
import { useSession } from '../../app/session-store';
import { CopyButton } from '../../components/copy-button';
import { ClaimsTable } from '../../components/jwt/claims-table';
import { DecodedSegments } from '../../components/jwt/decoded-segments';
import { SegmentedToken } from '../../components/jwt/segmented-token';
import { useNow } from '../../components/jwt/use-now';
import { Notice } from '../../components/notice';
import { useInspector } from '../inspector/inspector-store';
import { ExpiryCountdown } from './expiry-countdown';
import { type AssertionMode, changedSinceSigning } from './sign-request';

/** The signed assertion: coloured token, decoded header and claims, countdown, and where to take it next. */
export function SignedAssertionView({ signed, mode }: { signed: SignedAssertion; mode: AssertionMode }) {
  const setPurpose = useInspector((s) => s.setPurpose);
  const setInspectorEndpoint = useInspector((s) => s.setEndpoint);
  const go = useNavigation((s) => s.go);
  const setInspectorToken = useSession((s) => s.setInspectorToken);
  const setAssertion = useSession((s) => s.setAssertion);
  const now = useNow();
  const form = useSession();
  const changed = changedSinceSigning(signed.payload, { mode, ...form });
  const exp = signed.payload.exp;
  return (
    <section className="card" aria-labelledby="signed-heading">
      <h3 id="signed-heading">Signed assertion</h3>
      {changed.length > 0 ? (
        <Notice tone="warning">
          The form changed since this assertion was signed: it still carries the old {changed.join(', ')}. Sign again before you
          copy or use it.
        </Notice>
      ) : null}
      <SegmentedToken token={signed.token} label="Signed assertion" />
      {typeof exp === 'number' ? <ExpiryCountdown exp={exp} /> : null}
      <div className="button-row">
        <CopyButton value={signed.token} label="Copy assertion" />
        <button
          type="button"
          onClick={() => {
            setInspectorToken(signed.token);
            setPurpose(mode);
            // Checked against the endpoint the form chose, so an aud edited by hand shows aud-endpoint-mismatch.
            setInspectorEndpoint(form.endpoint);
            go('inspector');
          }}
        >
          Open in inspector
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setAssertion(signed.token);
            go('exchange');
          }}
        >
          Use in token exchange
        </button>
      </div>
      <DecodedSegments header={signed.header} payload={signed.payload} />
      <ClaimsTable payload={signed.payload} now={now} />
    </section>
  );
}
