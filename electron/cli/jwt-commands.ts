import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { usageError } from '../../shared/errors/cli-errors';
import { StudioError } from '../../shared/errors/studio-error';
import { INPUT_LIMITS } from '../../shared/files/input-limits';
import { inspectJwt } from '../../shared/jwt/inspect';
import { lintJwt } from '../../shared/jwt/lint';
import { signBearerAssertion } from '../../shared/jwt/sign-assertion';
import { keyErrors } from '../../shared/keys/key-errors';
import { readBounded } from '../files/bounded-read';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliCommand } from './cli-command';
import { writeProblem } from './cli-output';
import { reportText } from './jwt-report-text';
import { claimFlags, expInOption, lifetimeClaims } from './options';
import { readPrivateKeyFile } from './private-key-file';
import { readTokenInput } from './token-input';

const SIGN_USAGE = 'sf-jwt-studio jwt sign --key FILE --client-id ISS --username SUB --aud URL [--exp-in SECONDS] [--jti]';
const INSPECT_USAGE = 'sf-jwt-studio jwt inspect [TOKEN | -] [--cert FILE] [--endpoint URL] [--json]';

/** The --cert file: a certificate, public key PEM, JWK or JWKS, a few kilobytes like any key file. */
async function readVerificationKey(path: string): Promise<string> {
  const what = 'a certificate, public key or JWKS file';
  return (await readBounded(path, { maxBytes: INPUT_LIMITS.keyFile, what })).toString('utf8');
}

/** The --key file as PKCS#8 PEM. `jwt sign` takes no passphrase: say how to get a key it can read. */
async function readSigningKey(path: string, given: string): Promise<string> {
  try {
    return await readPrivateKeyFile(path);
  } catch (error) {
    if (error instanceof StudioError && error.code === 'key-encrypted') {
      throw keyErrors.raise('key-encrypted', error.message, { command: 'jwt sign', file: given });
    }
    throw error;
  }
}

const sign: CliCommand = {
  name: 'jwt sign',
  summary: 'sign a JWT Bearer assertion (RS256) and print it',
  usage: SIGN_USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...claimFlags, jti: { type: 'boolean' } }, SIGN_USAGE);
    const keyPath = requireOption(values.key, '--key', SIGN_USAGE);
    const iss = requireOption(values['client-id'], '--client-id', SIGN_USAGE);
    const sub = requireOption(values.username, '--username', SIGN_USAGE);
    const aud = requireOption(values.aud, '--aud', SIGN_USAGE);
    const expIn = expInOption(values['exp-in'], SIGN_USAGE, 300);
    const privateKeyPem = await readSigningKey(resolve(io.cwd, keyPath), keyPath);
    const token = await signBearerAssertion(privateKeyPem, {
      iss,
      sub,
      aud,
      ...lifetimeClaims(expIn),
      jti: values.jti ? randomUUID() : undefined,
    });
    io.stdout.write(`${token}\n`);
    // The token is what was asked for, on stdout; what Salesforce will refuse in it (an aud with a slash, a
    // path) is said on stderr, so a script piping the token on is not disturbed.
    for (const finding of lintJwt(token).findings) {
      if (finding.severity === 'info') continue;
      writeProblem(io.stderr, finding.severity, finding);
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
    if (positionals.length > 1) throw usageError('Give one token.', INSPECT_USAGE);
    const given = positionals[0];
    // No token and nothing piped in: waiting on the terminal would look like a hang.
    const atTerminal = given === undefined && (io.stdin as { isTTY?: boolean }).isTTY === true;
    const token = atTerminal ? '' : given === undefined || given === '-' ? await readTokenInput('-', io) : given;
    if (token.trim() === '') {
      throw usageError('No token given.', INSPECT_USAGE);
    }
    const key = values.cert === undefined ? undefined : await readVerificationKey(resolve(io.cwd, values.cert));
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
