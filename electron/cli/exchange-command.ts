import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { StudioError } from '../../shared/errors/studio-error';
import { signBearerAssertion } from '../../shared/jwt/sign-assertion';
import { classifyUrl, normalizeSiteUrl } from '../../shared/salesforce/endpoints';
import { testLogin } from '../exchange/test-login';
import { checkedEndpoint } from '../exchange/token-exchange';
import { adminConnectionOptions } from './admin-connection-options';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliIO } from './cli-command';
import { checkExchangeInOrg } from './exchange-org-evidence';
import { exchangeJson, exchangeText } from './exchange-output';
import { exchangeUsage } from './exchange-usage';
import { readPrivateKeyFile } from './private-key-file';

/** Salesforce needs the assertion for one request; 3 minutes covers clock skew without lingering. */
const DEFAULT_EXP_IN = 180;

/**
 * The aud a Salesforce host expects (docs/salesforce-jwt.md, "The assertion"): its origin, or the whole site URL for
 * an Experience Cloud site. Undefined for any other host: then --aud is required.
 */
export function audienceFor(endpoint: string): string | undefined {
  const { role } = classifyUrl(endpoint);
  if (role === 'site') return normalizeSiteUrl(endpoint);
  if (role === 'login' || role === 'test' || role === 'my-domain' || role === 'sandbox-my-domain')
    return new URL(endpoint).origin;
  return undefined;
}

export async function runExchange(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      endpoint: { type: 'string' },
      key: { type: 'string' },
      'client-id': { type: 'string' },
      username: { type: 'string' },
      aud: { type: 'string' },
      'exp-in': { type: 'string' },
      json: { type: 'boolean' },
      ...adminConnectionOptions,
    },
    exchangeUsage,
  );
  const endpoint = checkedEndpoint(requireOption(values.endpoint, '--endpoint', exchangeUsage));
  const keyFile = requireOption(values.key, '--key', exchangeUsage);
  const iss = requireOption(values['client-id'], '--client-id', exchangeUsage);
  const sub = requireOption(values.username, '--username', exchangeUsage);
  const aud = values.aud ?? audienceFor(endpoint);
  if (!aud) {
    throw new StudioError(
      'aud-required',
      `${endpoint} is not a Salesforce host, so the aud cannot be derived from it.`,
      'Add --aud with the host it stands for, e.g. --aud https://login.salesforce.com',
    );
  }
  const expIn = values['exp-in'] === undefined ? DEFAULT_EXP_IN : Number(values['exp-in']);
  if (!Number.isInteger(expIn) || expIn <= 0) {
    throw new StudioError('usage', '--exp-in must be a whole number of seconds greater than zero.', `usage: ${exchangeUsage}`);
  }
  const privateKeyPem = await readPrivateKeyFile(resolve(io.cwd, keyFile));
  const assertion = await signBearerAssertion(privateKeyPem, { iss, sub, aud, expiresInSeconds: expIn, jti: randomUUID() });
  // For an endpoint that is not a Salesforce host (a proxy, the emulator), the aud says which host it stands for.
  const playedHost = audienceFor(endpoint) ? endpoint : aud;
  const result = await testLogin({ attemptId: 'cli', endpoint, assertion, playedHost, context: {}, transport: {} });
  const { report, json, text } = await checkExchangeInOrg(result, values, io);
  io.stdout.write(
    values.json ? `${JSON.stringify({ ...exchangeJson(report), ...json }, null, 2)}\n` : exchangeText(report) + text,
  );
  return report.ok ? 0 : 1;
}
