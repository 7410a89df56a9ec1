import { useState } from 'react';
import { DEFAULT_ALIAS } from '../../../shared/keys/alias';
import { renderSnippet } from '../../../shared/snippets/render-snippet';
import { SNIPPET_LANGS, SNIPPET_TITLES, type SnippetLang } from '../../../shared/snippets/snippet-params';
import { useSession } from '../../app/session-store';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { SnippetCode } from './snippet-code';

/** Ready-to-paste login code for the open profile (the session's values), one language at a time. */
export function SnippetsPanel() {
  const { clientId, username, endpoint, aud, key, profileName } = useSession();
  const alias = key?.alias ?? DEFAULT_ALIAS;
  const [lang, setLang] = useState<SnippetLang>('curl');
  // The key file follows the key in use (its alias names the exported .key) until the user types a path.
  const [typedKeyFile, setKeyFile] = useState<string>();
  const keyFile = typedKeyFile ?? `${alias}.key`;
  const code = renderSnippet(lang, { clientId, username, endpoint, aud, keyFile, certificateName: alias });
  return (
    <section className="card snippets" aria-labelledby="snippets-title">
      <h3 id="snippets-title">Code for your integration{profileName ? `: ${profileName}` : ''}</h3>
      {clientId === '' || username === '' ? (
        <Notice tone="info">Enter the Consumer Key and username (wizard step 5) to fill them in.</Notice>
      ) : null}
      <fieldset className="snippets-langs">
        <legend>Language</legend>
        {SNIPPET_LANGS.map((l) => (
          <label key={l}>
            <input type="radio" name="snippet-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />{' '}
            {SNIPPET_TITLES[l]}
          </label>
        ))}
      </fieldset>
      {lang === 'apex' ? (
        <p className="help">
          Apex signs with the certificate stored in Certificate and Key Management under the Unique Name <code>{alias}</code>{' '}
          (wizard step 7).
        </p>
      ) : (
        <TextField
          label="Private key file"
          value={keyFile}
          onChange={setKeyFile}
          help="Where your integration keeps the .key (export it on the Keys & certificate page). Never commit it."
          spellCheck={false}
        />
      )}
      <SnippetCode title={SNIPPET_TITLES[lang]} code={code} />
    </section>
  );
}
