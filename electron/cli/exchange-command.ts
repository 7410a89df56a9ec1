import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { cliErrors, usageError } from '../../shared/errors/cli-errors';
import type { StudioError } from '../../shared/errors/studio-error';
import { readCompactJwt } from '../../shared/jwt/read-compact-jwt';
import { signBearerAssertion } from '../../shared/jwt/sign-assertion';
import { classifyUrl, normalizeSiteUrl } from '../../shared/salesforce/endpoints';
import { testLogin } from '../exchange/test-login';
import { checkedEndpoint, DEFAULT_TIMEOUT_MS, transportFor } from '../exchange/token-exchange';
import { envNetwork } from '../exchange/transport/env-network';
import { adminConnectionOptions } from './admin-connection-options';
import { parseCommandArgs, requireOption } from './cli-args';
import type { CliIO } from './cli-command';
import { checkExchangeInOrg } from './exchange-org-evidence';
import { exchangeJson, exchangeText } from './exchange-output';
import { exchangeUsage } from './exchange-usage';
import { claimFlags, expInOption, lifetimeClaims, wholeNumberOption } from './options';
import { readPrivateKeyFile } from './private-key-file';
import { readTokenInput } from './token-input';

/** Salesforce needs the assertion for one request; 3 minutes covers clock skew without lingering. */
const DEFAULT_EXP_IN = 180;
/** The longest deadline the app's API takes for one exchange, in seconds. */
const MAX_TIMEOUT_S = 120;

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

type ExchangeValues = { [K in keyof typeof claimFlags]?: string | undefined };

function audRequired(endpoint: string): StudioError {
  return cliErrors.raise('aud-required', `${endpoint} is not a Salesforce host, so the aud cannot be derived from it.`);
}

/** A fresh assertion signed with --key for --client-id and --username: a new jti each run. */
async function signedAssertion(values: ExchangeValues, endpoint: string, io: CliIO): Promise<{ assertion: string; aud: string }> {
  const keyFile = requireOption(values.key, '--key', exchangeUsage);
  const iss = requireOption(values['client-id'], '--client-id', exchangeUsage);
  const sub = requireOption(values.username, '--username', exchangeUsage);
  const aud = values.aud ?? audienceFor(endpoint);
  if (!aud) throw audRequired(endpoint);
  const expIn = expInOption(values['exp-in'], exchangeUsage, DEFAULT_EXP_IN);
  const privateKeyPem = await readPrivateKeyFile(resolve(io.cwd, keyFile));
  const assertion = await signBearerAssertion(privateKeyPem, { iss, sub, aud, ...lifetimeClaims(expIn), jti: randomUUID() });
  return { assertion, aud };
}

/**
 * An assertion made elsewhere (the admin's own integration's), sent as it is. It carries its own claims, so the
 * signing flags are refused rather than silently ignored; its aud stands for the host when the endpoint is not one.
 */
async function givenAssertion(source: string, values: ExchangeValues, endpoint: string, io: CliIO) {
  const signing = (['key', 'client-id', 'username', 'exp-in'] as const).find((flag) => values[flag] !== undefined);
  if (signing) {
    throw usageError(`--${signing} signs a new assertion; --assertion sends one already signed.`, exchangeUsage);
  }
  const assertion = (await readTokenInput(source, io)).trim();
  if (assertion === '') throw usageError(`${source === '-' ? 'The standard input' : source} holds no assertion.`, exchangeUsage);
  const claimed = readCompactJwt(assertion).payload?.value?.aud;
  const aud = values.aud ?? audienceFor(endpoint) ?? (typeof claimed === 'string' ? audienceFor(claimed) : undefined);
  if (!aud) throw audRequired(endpoint);
  return { assertion, aud };
}

export async function runExchange(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      endpoint: { type: 'string' },
      ...claimFlags,
      assertion: { type: 'string' },
      timeout: { type: 'string' },
      'ca-file': { type: 'string' },
      json: { type: 'boolean' },
      ...adminConnectionOptions,
    },
    exchangeUsage,
  );
  const endpoint = checkedEndpoint(requireOption(values.endpoint, '--endpoint', exchangeUsage));
  const timeoutMs =
    wholeNumberOption(values.timeout, '--timeout', exchangeUsage, { fallback: DEFAULT_TIMEOUT_MS / 1000, max: MAX_TIMEOUT_S }) *
    1000;
  const { assertion, aud } =
    values.assertion === undefined
      ? await signedAssertion(values, endpoint, io)
      : await givenAssertion(values.assertion, values, endpoint, io);
  // For an endpoint that is not a Salesforce host (a proxy, the emulator), the aud says which host it stands for.
  const playedHost = audienceFor(endpoint) ? endpoint : aud;
  // HTTPS_PROXY / NO_PROXY, NODE_EXTRA_CA_CERTS, and --ca-file for a TLS-inspecting proxy's root.
  const caFile = values['ca-file'] === undefined ? undefined : resolve(io.cwd, values['ca-file']);
  const transport = { ...transportFor(envNetwork(process.env, caFile)), timeoutMs };
  const result = await testLogin({ attemptId: 'cli', endpoint, assertion, playedHost, context: {}, transport });
  const { report, json, text } = await checkExchangeInOrg(result, values, io);
  io.stdout.write(
    values.json ? `${JSON.stringify({ ...exchangeJson(report), ...json }, null, 2)}\n` : exchangeText(report) + text,
  );
  return report.ok ? 0 : 1;
}
