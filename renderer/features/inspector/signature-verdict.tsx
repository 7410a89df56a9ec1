import type { SignatureCheck } from '../../../shared/jwt/verify';

const TONE = { valid: 'ok', invalid: 'error', unchecked: 'info' } as const;

/** "Signature valid / invalid / unchecked" with the reason, and what to do next when there is something to do. */
export function SignatureVerdict({ check, hint }: { check: SignatureCheck | undefined; hint?: string }) {
  if (!check) return <p className="signature-verdict">Checking the signature…</p>;
  return (
    <div className={`signature-verdict signature-${TONE[check.status]}`} role="status" data-status={check.status}>
      <p>
        <strong>Signature {check.status}</strong> <code className="finding-code">{check.reason}</code>
      </p>
      <p>{check.message}</p>
      {hint ? <p className="help">{hint}</p> : null}
    </div>
  );
}
