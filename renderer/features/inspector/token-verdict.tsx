import type { Finding } from '../../../shared/jwt/finding';
import type { SignatureCheck } from '../../../shared/jwt/verify';

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    return new URL(/^[a-z]+:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`).host || undefined;
  } catch {
    return undefined;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The inspector's first line, before any detail: will Salesforce take this token? The errors counted are the
 * findings' and the signature's, when it does not match the key.
 */
export function TokenVerdict({
  findings,
  signature,
  endpoint,
  aud,
}: {
  findings: Finding[];
  signature: SignatureCheck | undefined;
  endpoint: string;
  aud: unknown;
}) {
  const signatureFails = signature?.status === 'invalid';
  const errors = findings.filter((f) => f.severity === 'error').length + (signatureFails ? 1 : 0);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const host = hostOf(endpoint) ?? hostOf(aud) ?? 'Salesforce';
  const also = warnings > 0 ? ` (${plural(warnings, 'warning')})` : '';
  let tone: 'refuse' | 'ok' | 'unchecked';
  let text: string;
  if (errors > 0) {
    tone = 'refuse';
    text = `Salesforce will refuse this: ${plural(errors, 'error')}${signatureFails ? ', the signature among them' : ''}${also}.`;
  } else if (signature?.status === 'valid') {
    tone = 'ok';
    text = `Looks right for ${host}: no rule broken, and the signature matches the key${also}.`;
  } else {
    tone = 'unchecked';
    text = `No rule broken for ${host}${also}, but the signature is not checked: ${signature?.message ?? 'checking…'}`;
  }
  return (
    <p className={`token-verdict verdict-${tone}`} role="status" data-verdict={tone}>
      {text}
    </p>
  );
}
