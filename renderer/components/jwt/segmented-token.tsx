/** Which part of the token a finding is about: a segment, or the whole token. */
export type TokenPart = 'header' | 'payload' | 'signature' | 'token';

/** The part of the token a finding's `where` points at (a claim is in the payload). */
export function partOf(where: string): TokenPart {
  if (where === 'header' || where === 'payload' || where === 'signature') return where;
  return where.startsWith('claim:') ? 'payload' : 'token';
}

const PARTS: TokenPart[] = ['header', 'payload', 'signature'];

/** A compact JWT coloured by segment (header, payload, signature), as jwt.io shows it; one part may be highlighted. */
export function SegmentedToken({ token, label, highlight }: { token: string; label: string; highlight?: TokenPart }) {
  const segments = token.trim().split('.');
  return (
    <figure
      className={highlight === 'token' ? 'jwt-token-figure seg-highlight' : 'jwt-token-figure'}
      aria-label={label}
      data-highlight={highlight}
    >
      <p className="jwt-token mono">
        {segments.map((segment, i) => {
          const part = PARTS[i];
          const classes = [part ? `seg-${part}` : 'seg-extra', part && part === highlight ? 'seg-highlight' : ''];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional: their index is their identity
            <span key={i}>
              {i > 0 ? <span className="jwt-dot">.</span> : null}
              <span className={classes.join(' ').trim()}>{segment}</span>
            </span>
          );
        })}
      </p>
    </figure>
  );
}
