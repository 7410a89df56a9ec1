import type { ExchangeReport } from '../../shared/salesforce/exchange-report';

/**
 * The `--json` shape (a public interface): ok, status, the response with the token masked, the diagnosis, and on
 * success the proof (identity, latest API version, the org's and the user's records, problems).
 */
export function exchangeJson(report: ExchangeReport) {
  const { outcome } = report;
  let response: unknown;
  if (outcome.kind === 'network-error') {
    response = { error: outcome.error, message: outcome.message, ...(outcome.errno ? { errno: outcome.errno } : {}) };
  } else {
    const body = outcome.body;
    response = body.kind === 'json' ? body.json : body.kind === 'empty' ? null : body.excerpt;
  }
  return {
    ok: report.ok,
    status: outcome.kind === 'response' ? outcome.status : null,
    response,
    diagnosis: report.diagnosis.map(({ code, title, evidence, fix }) => ({ code, title, evidence, fix })),
    ...(report.success ? { proof: report.success.proof } : {}),
  };
}

/** How many causes the readable summary lists; the JSON has them all. */
const SHOWN_CAUSES = 3;

/** The readable summary: what was sent, what came back, and the first causes with their fix steps. */
export function exchangeText(report: ExchangeReport): string {
  const { outcome } = report;
  const lines: string[] = [];
  const answer = outcome.kind === 'response' ? `HTTP ${outcome.status}` : `no response: ${outcome.message}`;
  lines.push(`POST ${report.sent.url} → ${answer} (${report.elapsedMs} ms)`);
  if (outcome.kind === 'response') {
    const body = outcome.body;
    if (body.kind === 'json') lines.push(body.pretty);
    else if (body.kind === 'html') lines.push(`HTML page${body.title ? ` "${body.title}"` : ''}: ${body.excerpt}`);
    else if (body.kind === 'text') lines.push(body.excerpt);
    if (outcome.location) lines.push(`Location: ${outcome.location}`);
  }
  const success = report.success;
  if (success) {
    const who = success.proof.identity;
    lines.push('', 'Logged in.');
    if (who) lines.push(`  user:         ${who.name ?? '?'} (${who.username ?? '?'}), org ${who.orgId ?? '?'}`);
    lines.push(`  instance_url: ${success.instanceUrl}`, `  access_token: ${success.maskedToken}`);
    if (success.proof.latestApiVersion) lines.push(`  latest API:   v${success.proof.latestApiVersion.version}`);
    const { org, user } = success.proof;
    if (org) lines.push(`  org:          ${org.name ?? '?'} (${org.id ?? '?'})`);
    if (user) lines.push(`  profile:      ${user.profile ?? '?'} (user ${user.name ?? user.username ?? '?'})`);
    for (const problem of success.proof.problems) lines.push(`  proof: ${problem.message}`);
  }
  report.diagnosis.slice(0, SHOWN_CAUSES).forEach((cause, i) => {
    lines.push('', `${i + 1}. ${cause.title} [${cause.code}]`);
    for (const e of cause.evidence) lines.push(`   - ${e}`);
    lines.push('   fix:');
    cause.fix.forEach((step, n) => {
      lines.push(`   ${n + 1}) ${step}`);
    });
  });
  if (report.diagnosis.length > SHOWN_CAUSES)
    lines.push('', `(${report.diagnosis.length - SHOWN_CAUSES} less likely causes: --json lists them all)`);
  return `${lines.join('\n')}\n`;
}
