import type { ErrorShape } from '../../shared/errors/studio-error';

/** How every coded error looks in the UI: what happened, then what to do. */
export function ErrorMessage({ error, title }: { error: ErrorShape; title?: string }) {
  return (
    <div className="error-message" role="alert" data-code={error.code}>
      <p className="error-title">
        <strong>{title ?? error.message}</strong>
        <code className="error-code">{error.code}</code>
      </p>
      {title ? <p>{error.message}</p> : null}
      {error.hint ? <p className="error-hint">{error.hint}</p> : null}
    </div>
  );
}
