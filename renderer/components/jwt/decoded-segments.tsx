import { useEffect, useId, useState } from 'react';
import { CopyButton } from '../copy-button';

function ReadOnlyJson({ title, value }: { title: string; value: Record<string, unknown> | undefined }) {
  const text = value ? JSON.stringify(value, null, 2) : '';
  return (
    <div className="code-with-copy">
      <pre>{value ? text : '(cannot be decoded)'}</pre>
      <CopyButton value={text} label={`Copy ${title.toLowerCase()}`} />
    </div>
  );
}

/**
 * The JSON of one segment, editable as on jwt.io: each valid edit is handed on (the token is re-encoded by the
 * caller); while the text is not valid JSON yet, the draft stays here and the problem is shown.
 */
function EditableJson({
  title,
  value,
  onEdit,
}: {
  title: string;
  value: Record<string, unknown> | undefined;
  onEdit(json: string): string | undefined;
}) {
  const id = useId();
  const text = value ? JSON.stringify(value, null, 2) : '';
  const [draft, setDraft] = useState(text);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // A new token from outside (pasted, cleaned) replaces the draft; the draft's own re-encoding does not.
  useEffect(() => {
    setDraft((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value ?? null) ? current : text;
      } catch {
        return current;
      }
    });
  }, [text, value]);
  return (
    <div className="code-with-copy">
      <div className="field">
        <label htmlFor={id} className="visually-hidden">
          {title} (editable JSON)
        </label>
        <textarea
          id={id}
          className="mono decoded-edit"
          value={draft}
          rows={Math.min(Math.max(draft.split('\n').length, 3), 16)}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(onEdit(e.target.value));
          }}
        />
        {problem ? (
          <span id={`${id}-problem`} className="field-error">
            {problem}
          </span>
        ) : null}
      </div>
      <CopyButton value={text} label={`Copy ${title.toLowerCase()}`} />
    </div>
  );
}

function DecodedJson({
  title,
  className,
  value,
  onEdit,
}: {
  title: string;
  className: string;
  value: Record<string, unknown> | undefined;
  onEdit?: (json: string) => string | undefined;
}) {
  return (
    <figure className="decoded-json" aria-label={title}>
      <figcaption className={className}>{title}</figcaption>
      {onEdit && value ? (
        <EditableJson title={title} value={value} onEdit={onEdit} />
      ) : (
        <ReadOnlyJson title={title} value={value} />
      )}
    </figure>
  );
}

/**
 * The header and payload pretty-printed side by side, each with its copy button; editable when `onEdit` is given
 * (it returns why an edit was not applied, or undefined).
 */
export function DecodedSegments({
  header,
  payload,
  onEdit,
}: {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  onEdit?: (segment: 'header' | 'payload', json: string) => string | undefined;
}) {
  return (
    <div className="decoded">
      <DecodedJson
        title="Header"
        className="seg-header"
        value={header}
        {...(onEdit ? { onEdit: (json: string) => onEdit('header', json) } : {})}
      />
      <DecodedJson
        title="Payload"
        className="seg-payload"
        value={payload}
        {...(onEdit ? { onEdit: (json: string) => onEdit('payload', json) } : {})}
      />
    </div>
  );
}
