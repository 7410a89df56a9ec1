import '../../styles/profiles.css';
import { CopyButton } from '../../components/copy-button';

/** A snippet as a captioned figure with its copy button. */
export function SnippetCode({ title, code }: { title: string; code: string }) {
  return (
    <figure className="snippets-code">
      <figcaption className="visually-hidden">{title} snippet</figcaption>
      <CopyButton value={code} label={`Copy the ${title} snippet`} />
      <pre>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
