import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { lintJwt } from '../shared/jwt/lint';
import { signBearerAssertion } from '../shared/jwt/sign-assertion';
import { verifyJwtSignature } from '../shared/jwt/verify';
import type { BenchRow } from './bench-row';
import { median } from './measure';

const RUNS = 7;
const LINT_ITERATIONS = 2000;
const RATE_WINDOW_MS = 1000;

/** A signed assertion padded with an extra claim to about `bytes` characters, like a token with custom claims. */
async function tokenOfSize(privateKeyPem: string, bytes: number): Promise<string> {
  const base = { iss: `3MVG9${'b'.repeat(80)}`, sub: 'integration@acme.com', aud: 'https://login.salesforce.com' };
  const bare = await signBearerAssertion(privateKeyPem, { ...base, expiresInSeconds: 300 });
  // base64url grows 4/3: pad the JSON by three quarters of what is missing.
  const padding = Math.max(0, Math.floor(((bytes - bare.length) * 3) / 4) - 12);
  const { SignJWT, importPKCS8 } = await import('jose');
  const key = await importPKCS8(privateKeyPem, 'RS256');
  return new SignJWT({ ...base, exp: Math.floor(Date.now() / 1000) + 300, ctx: 'x'.repeat(padding) })
    .setProtectedHeader({ alg: 'RS256' })
    .sign(key);
}

/** µs per call of `fn`, over one run of `iterations` calls. */
function microsPerCall(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - start) * 1000) / iterations;
}

async function ratePerSecond(fn: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < RATE_WINDOW_MS) {
    await fn();
    count++;
  }
  return (count * 1000) / (performance.now() - start);
}

/** `openssl speed -seconds 1 rsa2048`: sign/s and verify/s of the same machine, same moment. */
function opensslRsa2048(): { sign: number; verify: number } {
  const out = execFileSync('openssl', ['speed', '-seconds', '1', 'rsa2048'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const match = /rsa\s+2048 bits\s+\S+\s+\S+\s+([\d.]+)\s+([\d.]+)/.exec(out);
  if (!match) throw new Error(`cannot read openssl speed output:\n${out.slice(-400)}`);
  return { sign: Number(match[1]), verify: Number(match[2]) };
}

/** JWT: decode + lint per token (1 KB, 8 KB), RS256 sign and verify rates beside openssl's in the same run. */
export default async function jwtBench(): Promise<BenchRow[]> {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const rows: BenchRow[] = [];

  for (const size of [1024, 8192]) {
    const token = await tokenOfSize(privateKeyPem, size);
    const context = { endpoint: 'https://login.salesforce.com' };
    microsPerCall(() => lintJwt(token, context), LINT_ITERATIONS / 4);
    const ours: number[] = [];
    const jose: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ours.push(microsPerCall(() => lintJwt(token, context), LINT_ITERATIONS));
      jose.push(
        microsPerCall(() => {
          decodeProtectedHeader(token);
          decodeJwt(token);
        }, LINT_ITERATIONS),
      );
    }
    const value = median(ours);
    const anchor = median(jose);
    rows.push({
      name: `JWT decode + lint, ${(token.length / 1024).toFixed(1)} KB token`,
      value,
      unit: 'µs',
      anchor: { name: 'jose decode only', value: anchor },
      ratio: value / anchor,
      target: '< 1000 µs',
      pass: value < 1000,
      runs: RUNS,
    });
  }

  const claims = { iss: '3MVG9x', sub: 'integration@acme.com', aud: 'https://login.salesforce.com', expiresInSeconds: 300 };
  const token = await signBearerAssertion(privateKeyPem, claims);
  const signRates: number[] = [];
  const verifyRates: number[] = [];
  const opensslSign: number[] = [];
  const opensslVerify: number[] = [];
  await ratePerSecond(() => verifyJwtSignature(token, publicKeyPem));
  for (let run = 0; run < 5; run++) {
    signRates.push(await ratePerSecond(() => signBearerAssertion(privateKeyPem, claims)));
    verifyRates.push(await ratePerSecond(() => verifyJwtSignature(token, publicKeyPem)));
    const speed = opensslRsa2048();
    opensslSign.push(speed.sign);
    opensslVerify.push(speed.verify);
  }
  const sign = median(signRates);
  const verify = median(verifyRates);
  const anchorSign = median(opensslSign);
  const anchorVerify = median(opensslVerify);
  rows.push(
    {
      name: 'RS256 sign (signBearerAssertion, jose)',
      value: sign,
      unit: 'ops/s',
      anchor: { name: 'openssl speed rsa2048 sign', value: anchorSign },
      ratio: anchorSign / sign,
      target: '≥ 0.5× openssl',
      pass: sign >= anchorSign / 2,
      runs: 5,
    },
    {
      name: 'RS256 verify, key parse included (verifyJwtSignature)',
      value: verify,
      unit: 'ops/s',
      anchor: { name: 'openssl speed rsa2048 verify', value: anchorVerify },
      ratio: anchorVerify / verify,
      target: '≥ 1000/s (< 1 ms as you type)',
      pass: verify >= 1000,
      runs: 5,
    },
  );
  return rows;
}
