import { timeClaimText } from '../../../shared/jwt/relative-time';

/** Claims Salesforce reads, and what each one is for (docs/salesforce-jwt.md, "The assertion"). */
const KNOWN_CLAIMS: Record<string, string> = {
  iss: 'Consumer Key of the app',
  sub: 'username in the org',
  prn: 'username (legacy name of sub)',
  aud: 'login host, My Domain or site',
  exp: 'expires',
  nbf: 'not before',
  iat: 'issued at',
  jti: 'token id (one use)',
};

const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat']);

/** The payload's claims with their meaning; time claims as ISO date plus relative time; unknown claims listed apart. */
export function ClaimsTable({ payload, now }: { payload: Record<string, unknown>; now: number }) {
  const names = Object.keys(payload);
  const known = names.filter((n) => n in KNOWN_CLAIMS);
  const unknown = names.filter((n) => !(n in KNOWN_CLAIMS));
  return (
    <div>
      <dl className="facts" aria-label="Claims">
        {known.map((name) => {
          const value = payload[name];
          const time = TIME_CLAIMS.has(name) ? timeClaimText(name, value, now) : undefined;
          return (
            <div key={name} className="claim-row">
              <dt>
                <code>{name}</code> <span className="claim-meaning">{KNOWN_CLAIMS[name]}</span>
              </dt>
              <dd className="mono">
                {JSON.stringify(value)}
                {time ? <span className="claim-time">{time}</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      {unknown.length > 0 ? (
        <p className="claims-unknown">
          Other claims (Salesforce ignores them):{' '}
          {unknown.map((name, i) => (
            <span key={name}>
              {i > 0 ? ', ' : null}
              <code>{name}</code>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
