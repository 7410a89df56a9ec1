import '../../styles/profiles.css';
import { CopyButton } from '../../components/copy-button';

/** A snippet as a captioned figure with its copy button. */
export function SnippetCode({ title, code }: { title: string; code: string }) {
  return (
    <figure className="snippets-code code-with-copy">
      <figcaption className="visually-hidden">{title} snippet</figcaption>
      <pre>
        <code>{code}</code>
      </pre>
      <CopyButton value={code} label={`Copy the ${title} snippet`} />
    </figure>
  );
}
