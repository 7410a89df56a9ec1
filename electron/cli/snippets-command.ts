import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StudioError } from '../../shared/errors/studio-error';
import { lintAudience } from '../../shared/jwt/lint-audience';
import { renderSnippet } from '../../shared/snippets/render-snippet';
import { SNIPPET_LANGS, type SnippetLang, snippetAud, snippetEndpoint } from '../../shared/snippets/snippet-params';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliCommand } from './cli-command';
import { readPrivateKeyFile } from './private-key-file';

const USAGE =
  'sf-jwt-studio snippets --lang curl|sf|apex|node|python|java --client-id ISS --username SUB --endpoint URL --key FILE [--aud URL]';

function httpUrl(value: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StudioError(
      'usage',
      `${flag} must be a URL such as https://acme.my.salesforce.com, not ${JSON.stringify(value)}.`,
      `usage: ${USAGE}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new StudioError('usage', `${flag} must be an https:// URL.`, `usage: ${USAGE}`);
  }
  return value.replace(/\/+$/, '');
}

/** `snippets`: prints ready-to-run code for one language, with the given values filled in. */
export const snippetsCommand: CliCommand = {
  name: 'snippets',
  summary: 'print a JWT Bearer login snippet (curl, sf, apex, node, python, java) for your values',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        lang: { type: 'string' },
        'client-id': { type: 'string' },
        username: { type: 'string' },
        endpoint: { type: 'string' },
        key: { type: 'string' },
        aud: { type: 'string' },
      },
      USAGE,
    );
    const lang = requireOption(values.lang, '--lang', USAGE);
    if (!(SNIPPET_LANGS as readonly string[]).includes(lang)) {
      throw new StudioError(
        'usage',
        `--lang must be one of ${SNIPPET_LANGS.join(', ')}, not ${JSON.stringify(lang)}.`,
        `usage: ${USAGE}`,
      );
    }
    const keyFile = requireOption(values.key, '--key', USAGE);
    const params = {
      clientId: requireOption(values['client-id'], '--client-id', USAGE),
      username: requireOption(values.username, '--username', USAGE),
      endpoint: httpUrl(requireOption(values.endpoint, '--endpoint', USAGE), '--endpoint'),
      keyFile,
      ...(values.aud === undefined ? {} : { aud: httpUrl(values.aud, '--aud') }),
    };
    // The snippet only names the key file; reading it now catches a wrong path before the code is pasted.
    const keyPath = resolve(io.cwd, keyFile);
    await readPrivateKeyFile(keyPath);
    if (lang === 'java' && (await readFile(keyPath, 'utf8')).includes('BEGIN RSA PRIVATE KEY')) {
      io.stderr.write(
        `warning: ${keyFile} is a PKCS#1 key; the JDK reads PKCS#8 only. Convert it: openssl pkcs8 -topk8 -nocrypt -in ${keyFile} -out key.pk8.pem\n`,
      );
    }
    // The code is printed as asked, but an aud Salesforce always refuses (`audience is invalid`) is worth a warning.
    const aud = snippetAud({ ...params, endpoint: snippetEndpoint(params.endpoint) });
    for (const finding of lintAudience(aud, undefined).filter((f) => f.code === 'aud-not-origin')) {
      io.stderr.write(`warning [${finding.code}]: ${finding.message}\nhint: ${finding.hint}\n`);
    }
    io.stdout.write(renderSnippet(lang as SnippetLang, params));
    return 0;
  },
};
