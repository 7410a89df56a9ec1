import { CopyButton } from '../../components/copy-button';

function DecodedJson({
  title,
  className,
  value,
}: {
  title: string;
  className: string;
  value: Record<string, unknown> | undefined;
}) {
  const text = value ? JSON.stringify(value, null, 2) : '';
  return (
    <figure className="decoded-json">
      <figcaption className={className}>{title}</figcaption>
      <pre>{value ? text : '(cannot be decoded)'}</pre>
      <CopyButton value={text} label={`Copy ${title.toLowerCase()}`} />
    </figure>
  );
}

/** The header and payload pretty-printed side by side, each with its copy button. */
export function DecodedSegments({ header, payload }: { header?: Record<string, unknown>; payload?: Record<string, unknown> }) {
  return (
    <div className="decoded">
      <DecodedJson title="Header" className="seg-header" value={header} />
      <DecodedJson title="Payload" className="seg-payload" value={payload} />
    </div>
  );
}
