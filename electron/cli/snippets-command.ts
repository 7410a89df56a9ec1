import { resolve } from 'node:path';
import { usageError } from '../../shared/errors/cli-errors';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { lintAudience } from '../../shared/jwt/lint-audience';
import { renderSnippet } from '../../shared/snippets/render-snippet';
import { SNIPPET_LANGS, type SnippetLang, snippetAud, snippetEndpoint } from '../../shared/snippets/snippet-params';
import { readBounded } from '../files/bounded-read';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliCommand } from './cli-command';
import { writeProblem } from './cli-output';
import { claimFlags, httpUrlOption } from './options';
import { readPrivateKeyFile } from './private-key-file';

const USAGE =
  'sf-jwt-studio snippets --lang curl|sf|apex|node|python|java --client-id ISS --username SUB --endpoint URL --key FILE [--aud URL]';

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
        endpoint: { type: 'string' },
        key: claimFlags.key,
        'client-id': claimFlags['client-id'],
        username: claimFlags.username,
        aud: claimFlags.aud,
      },
      USAGE,
    );
    const lang = requireOption(values.lang, '--lang', USAGE);
    if (!(SNIPPET_LANGS as readonly string[]).includes(lang)) {
      throw usageError(`--lang must be one of ${SNIPPET_LANGS.join(', ')}, not ${JSON.stringify(lang)}.`, USAGE);
    }
    const keyFile = requireOption(values.key, '--key', USAGE);
    const params = {
      clientId: requireOption(values['client-id'], '--client-id', USAGE),
      username: requireOption(values.username, '--username', USAGE),
      endpoint: httpUrlOption(requireOption(values.endpoint, '--endpoint', USAGE), '--endpoint', USAGE),
      keyFile,
      ...(values.aud === undefined ? {} : { aud: httpUrlOption(values.aud, '--aud', USAGE) }),
    };
    // The snippet only names the key file; reading it now catches a wrong path before the code is pasted.
    const keyPath = resolve(io.cwd, keyFile);
    await readPrivateKeyFile(keyPath);
    const keyText = (await readBounded(keyPath, { maxBytes: INPUT_LIMITS.keyFile, what: 'a private key file' })).toString('utf8');
    if (lang === 'java' && keyText.includes('BEGIN RSA PRIVATE KEY')) {
      writeProblem(io.stderr, 'warning', {
        code: 'pkcs1-key',
        message: `${keyFile} is a PKCS#1 key; the JDK reads PKCS#8 only.`,
        hint: `Convert it: openssl pkcs8 -topk8 -nocrypt -in ${keyFile} -out key.pk8.pem`,
      });
    }
    // The code is printed as asked, but an aud Salesforce always refuses (`audience is invalid`) is worth a warning.
    const aud = snippetAud({ ...params, endpoint: snippetEndpoint(params.endpoint) });
    for (const finding of lintAudience(aud, undefined).filter((f) => f.code === 'aud-not-origin')) {
      writeProblem(io.stderr, 'warning', finding);
    }
    io.stdout.write(renderSnippet(lang as SnippetLang, params));
    return 0;
  },
};
