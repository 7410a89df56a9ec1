import { type ReactNode, useId } from 'react';
import { DisabledReason } from './disabled-reason';

/**
 * A form's primary submit button, disabled while its call runs or while something is missing, with the reason
 * written under it; `after` holds the row's other buttons.
 */
export function SubmitRow({
  children,
  busy,
  blocked,
  after,
}: {
  children: ReactNode;
  busy: boolean;
  blocked: string | undefined;
  after?: ReactNode;
}) {
  const reasonId = useId();
  return (
    <>
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={busy || blocked !== undefined}
          aria-describedby={blocked ? reasonId : undefined}
        >
          {children}
        </button>
        {after}
      </div>
      <DisabledReason id={reasonId} reason={blocked} />
    </>
  );
}
