import type { LintContext, LintReport } from './finding';
import { lintJwt } from './lint';
import { type SignatureCheck, verifyJwtSignature } from './verify';

/** What the inspector, `jwt.inspect` and `jwt inspect` show: the decoded token, its findings and its signature. */
export interface InspectReport extends LintReport {
  signature: SignatureCheck;
}

export async function inspectJwt(
  token: string,
  options: LintContext & { key?: string | undefined } = {},
): Promise<InspectReport> {
  const { key, ...context } = options;
  return { ...lintJwt(token, context), signature: await verifyJwtSignature(token, key) };
}
