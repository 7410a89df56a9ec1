/** A compact JWT coloured by segment (header, payload, signature), as jwt.io shows it. */
export function SegmentedToken({ token, label }: { token: string; label: string }) {
  const segments = token.trim().split('.');
  const classes = ['seg-header', 'seg-payload', 'seg-signature'];
  return (
    <figure className="jwt-token-figure" aria-label={label}>
      <p className="jwt-token mono">
        {segments.map((segment, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional: their index is their identity
          <span key={i}>
            {i > 0 ? <span className="jwt-dot">.</span> : null}
            <span className={classes[i] ?? 'seg-extra'}>{segment}</span>
          </span>
        ))}
      </p>
    </figure>
  );
}
