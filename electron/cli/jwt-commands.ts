import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StudioError } from '../../shared/errors/studio-error';
import { inspectJwt } from '../../shared/jwt/inspect';
import { lintJwt } from '../../shared/jwt/lint';
import { signBearerAssertion } from '../../shared/jwt/sign-assertion';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliCommand } from './cli-command';
import { reportText } from './jwt-report-text';
import { readPrivateKeyFile } from './private-key-file';

const SIGN_USAGE = 'sf-jwt-studio jwt sign --key FILE --client-id ISS --username SUB --aud URL [--exp-in SECONDS] [--jti]';
const INSPECT_USAGE = 'sf-jwt-studio jwt inspect [TOKEN | -] [--cert FILE] [--endpoint URL] [--json]';
const MAX_INPUT_BYTES = 1024 * 1024;

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.length > MAX_INPUT_BYTES) {
      throw new StudioError(
        'input-too-large',
        'The standard input is larger than 1 MB.',
        'Pipe in one token, not a file of them.',
      );
    }
  }
  return text;
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new StudioError(
      'file-not-found',
      `Cannot read ${path}.`,
      'Give the certificate (.crt), public key PEM, JWK or JWKS file to check the signature with.',
    );
  }
}

/** The --key file as PKCS#8 PEM. `jwt sign` takes no passphrase: say how to get a key it can read. */
async function readSigningKey(path: string, given: string): Promise<string> {
  try {
    return await readPrivateKeyFile(path);
  } catch (error) {
    if (error instanceof StudioError && error.code === 'key-encrypted') {
      throw new StudioError(
        error.code,
        error.message,
        `jwt sign reads an unencrypted key: write one with openssl pkey -in ${given} -out server.key (it asks for the passphrase) and keep it private.`,
      );
    }
    throw error;
  }
}

const sign: CliCommand = {
  name: 'jwt sign',
  summary: 'sign a JWT Bearer assertion (RS256) and print it',
  usage: SIGN_USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        key: { type: 'string' },
        'client-id': { type: 'string' },
        username: { type: 'string' },
        aud: { type: 'string' },
        'exp-in': { type: 'string' },
        jti: { type: 'boolean' },
      },
      SIGN_USAGE,
    );
    const keyPath = requireOption(values.key, '--key', SIGN_USAGE);
    const iss = requireOption(values['client-id'], '--client-id', SIGN_USAGE);
    const sub = requireOption(values.username, '--username', SIGN_USAGE);
    const aud = requireOption(values.aud, '--aud', SIGN_USAGE);
    const expiresInSeconds = values['exp-in'] === undefined ? 300 : Number(values['exp-in']);
    if (!Number.isInteger(expiresInSeconds) || expiresInSeconds <= 0) {
      throw new StudioError('usage', '--exp-in must be a whole number of seconds greater than zero.', `usage: ${SIGN_USAGE}`);
    }
    const privateKeyPem = await readSigningKey(resolve(io.cwd, keyPath), keyPath);
    const token = await signBearerAssertion(privateKeyPem, {
      iss,
      sub,
      aud,
      expiresInSeconds,
      jti: values.jti ? randomUUID() : undefined,
    });
    io.stdout.write(`${token}\n`);
    // The token is what was asked for, on stdout; what Salesforce will refuse in it (an aud with a slash, a
    // path) is said on stderr, so a script piping the token on is not disturbed.
    for (const finding of lintJwt(token).findings) {
      if (finding.severity === 'info') continue;
      io.stderr.write(`${finding.severity} [${finding.code}]: ${finding.message}\nhint: ${finding.hint}\n`);
    }
    return 0;
  },
};

const inspect: CliCommand = {
  name: 'jwt inspect',
  summary: 'decode a JWT, verify its signature and check it against Salesforce’s rules',
  usage: INSPECT_USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { cert: { type: 'string' }, endpoint: { type: 'string' }, json: { type: 'boolean' } },
      INSPECT_USAGE,
      true,
    );
    if (positionals.length > 1) throw new StudioError('usage', 'Give one token.', `usage: ${INSPECT_USAGE}`);
    const given = positionals[0];
    // No token and nothing piped in: waiting on the terminal would look like a hang.
    const atTerminal = given === undefined && (io.stdin as { isTTY?: boolean }).isTTY === true;
    const token = atTerminal ? '' : given === undefined || given === '-' ? await readAll(io.stdin) : given;
    if (token.trim() === '') {
      throw new StudioError(
        'usage',
        'No token given.',
        `Pass the token as an argument, or - to read it from standard input. usage: ${INSPECT_USAGE}`,
      );
    }
    const key = values.cert === undefined ? undefined : await readKeyFile(resolve(io.cwd, values.cert));
    const now = Math.floor(Date.now() / 1000);
    const report = await inspectJwt(token, { key, endpoint: values.endpoint, now });
    if (values.json) {
      const { header, payload, signature, findings } = report;
      io.stdout.write(
        `${JSON.stringify(
          {
            header: header ?? null,
            payload: payload ?? null,
            signature: signature.status,
            findings: findings.map(({ code, severity, message, hint, where }) => ({ code, severity, message, hint, where })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      io.stdout.write(reportText(report, now));
    }
    return 0;
  },
};

export const jwtCommands: CliCommand[] = [sign, inspect];
