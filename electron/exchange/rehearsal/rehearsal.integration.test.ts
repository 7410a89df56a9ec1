import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeySummary } from '../../../shared/keys/key-summary';
import type { CauseCode } from '../../../shared/salesforce/cause-code';
import { LOGIN_URL, TEST_URL } from '../../../shared/salesforce/endpoints';
import type { BreakageId } from '../../../shared/salesforce/rehearsal-breakage';
import { BREAKAGE_IDS } from '../../../shared/salesforce/rehearsal-breakage';
import { opensslKeyPair } from '../../../test-support/emulator-test-kit';
import { KeyVault } from '../../keys/key-vault';
import { OrgCheckSession } from '../../org-check/org-check-session';
import { ExchangeSession } from '../exchange-session';

/** "Rehearse offline" end to end on the Node side: a working org from the admin's key, then each breakage. */
const vault = new KeyVault();
const session = new ExchangeSession(vault);
// This suite keeps no token: the org check logs in as the rehearsal's admin each time.
const orgCheck = new OrgCheckSession(session.rehearsal, { keptAdminToken: () => undefined, keepAdminToken: () => undefined });

beforeAll(() => {
  const keys = opensslKeyPair();
  const summary = {
    id: 'k1',
    alias: 'rehearsal',
    keyBits: 2048,
    publicKeyFingerprintSha256: 'AA',
    source: 'imported',
  } as KeySummary;
  vault.set({ privateKeyPem: keys.privateKeyPem, certificatePem: keys.certificatePem, summary });
});

afterAll(() => session.rehearsal.stop());

let n = 0;
async function testLogin(assertion?: string) {
  const state = session.rehearsal.state();
  n += 1;
  return session.run({ attemptId: `r${n}`, endpoint: state.endpoint, assertion: assertion ?? (await session.rehearsal.sign()) });
}

const expected: Record<BreakageId, CauseCode> = {
  'user-not-assigned': 'user-not-assigned',
  'user-not-approved': 'user-not-approved',
  'wrong-certificate': 'certificate-mismatch',
  'sandbox-user-on-login': 'wrong-environment',
  'external-app-via-login': 'external-app-needs-my-domain',
  'wrong-audience': 'audience-invalid',
  'wrong-client-id': 'client-id-invalid',
  'app-not-propagated': 'app-not-propagated',
  'expired-assertion': 'assertion-expired',
  'hs256-assertion': 'algorithm-rejected',
  'padded-assertion': 'assertion-malformed',
  'user-inactive': 'user-inactive',
  'ip-restricted': 'ip-or-hours-restricted',
  'rate-limited': 'rate-limited',
};

/** Same answer, other cause: the response alone ranks the policy second; the org check puts it first. */
const SECOND_WITHOUT_EVIDENCE = new Set<BreakageId>(['user-not-approved']);
/** The hourly limit breakage stops every login, the admin's too: no org check there. */
const NO_ADMIN_LOGIN = new Set<BreakageId>(['rate-limited']);

/** The attempt's causes from the response alone, and again with the rehearsal admin's org check. */
async function diagnosedWithOrgCheck(breakage: BreakageId) {
  const report = await testLogin();
  const without = report.diagnosis.map((c) => c.code);
  if (NO_ADMIN_LOGIN.has(breakage)) return { report, without, withEvidence: without };
  await orgCheck.connectRehearsal();
  // The admin picks the app from the org's list (Login History names none for an unknown Consumer Key).
  const check = await orgCheck.run({ username: session.rehearsal.state().username, app: 'SF JWT Studio rehearsal' });
  const withEvidence = (session.diagnoseWith(report.attemptId, check.facts) ?? []).map((c) => c.code);
  return { report, without, withEvidence };
}

describe('rehearsal with a Connected App', () => {
  it('starts a working setup: login succeeds, the token stays on the Node side until revealed', async () => {
    const state = await session.rehearsal.start({ appKind: 'connected' }, vault.require());
    expect(state).toMatchObject({
      running: true,
      breakage: 'none',
      playedHost: 'https://login.salesforce.com',
      aud: 'https://login.salesforce.com',
      username: 'admin@example.com',
    });
    expect(state.clientId).toMatch(/^3MVG9[A-Za-z0-9._]{81}$/);
    expect(state.endpoint).toBe(state.urls.login);
    const report = await testLogin();
    expect(report.ok).toBe(true);
    expect(report.success?.proof.identity?.username).toBe('admin@example.com');
    const accessToken = session.revealToken(report.attemptId);
    expect(accessToken).toMatch(/^00D/);
    expect(JSON.stringify(report)).not.toContain(accessToken);
    expect(report.rehearsal?.loginHistory[0]).toMatchObject({ username: 'admin@example.com', status: 'Success' });
    expect(session.history.list()[0]).toMatchObject({
      ok: true,
      outcome: 'HTTP 200',
      rehearsal: true,
      endpoint: 'https://login.salesforce.com (rehearsal)',
    });
  });

  it('a resent assertion is diagnosed as a jti replay', async () => {
    await session.rehearsal.apply('none');
    const assertion = await session.rehearsal.sign();
    expect((await testLogin(assertion)).ok).toBe(true);
    expect((await testLogin(assertion)).diagnosis[0]?.code).toBe('jti-replayed');
  });

  for (const breakage of BREAKAGE_IDS) {
    it(`Break it: ${breakage} → ${expected[breakage]} first (with the org check)`, async () => {
      const state = await session.rehearsal.apply(breakage);
      expect(state.breakage).toBe(breakage);
      const { report, without, withEvidence } = await diagnosedWithOrgCheck(breakage);
      expect(report.ok).toBe(false);
      expect(without.indexOf(expected[breakage])).toBe(SECOND_WITHOUT_EVIDENCE.has(breakage) ? 1 : 0);
      expect(session.history.list()[0]?.firstCause).toBe(without[0]);
      expect(withEvidence[0]).toBe(expected[breakage]);
    });
  }

  it('keeps the Login History across restarts, newest first', () => {
    const history = session.rehearsal.loginHistory();
    expect(history.some((row) => row.status === 'Failed: Not approved for access')).toBe(true);
    expect(history.some((row) => row.status === 'Failed: Signature Invalid')).toBe(true);
  });
});

describe('rehearsal of a sandbox org', () => {
  it('a Connected App logs in through test.salesforce.com with aud test; every breakage is still named first', async () => {
    const state = await session.rehearsal.start(
      { appKind: 'connected', username: 'jane@acme.com.qa', myDomain: 'acme', sandboxName: 'qa' },
      vault.require(),
    );
    expect(state).toMatchObject({ endpoint: state.urls.test, playedHost: TEST_URL, aud: TEST_URL });
    expect((await testLogin()).ok).toBe(true);
    for (const breakage of BREAKAGE_IDS) {
      const broken = await session.rehearsal.apply(breakage);
      const { withEvidence } = await diagnosedWithOrgCheck(breakage);
      expect({ breakage, first: withEvidence[0] }).toEqual({ breakage, first: expected[breakage] });
      if (breakage === 'sandbox-user-on-login') expect(broken.username).toBe('jane@acme.com.qa');
      if (breakage === 'wrong-audience') expect(broken.aud).toBe(LOGIN_URL);
    }
  });

  it("an External Client App signs for the sandbox's real My Domain", async () => {
    const state = await session.rehearsal.start(
      { appKind: 'external', username: 'jane@acme.com.qa', myDomain: 'acme', sandboxName: 'qa' },
      vault.require(),
    );
    const myDomain = 'https://acme--qa.sandbox.my.salesforce.com';
    expect(state).toMatchObject({ endpoint: state.urls.myDomain, playedHost: myDomain, aud: myDomain });
    expect((await testLogin()).ok).toBe(true);
  });
});

describe('rehearsal with an External Client App', () => {
  it('plays the My Domain with its real aud, and names the assignment fix when the user is not assigned', async () => {
    const state = await session.rehearsal.start(
      { appKind: 'external', clientId: '3MVG9Given.Key_123', username: 'ops@acme.com' },
      vault.require(),
    );
    expect(state).toMatchObject({
      endpoint: state.urls.myDomain,
      playedHost: 'https://rehearsal.my.salesforce.com',
      clientId: '3MVG9Given.Key_123',
    });
    expect((await testLogin()).ok).toBe(true);
    const { report, withEvidence } = await (async () => {
      await session.rehearsal.apply('user-not-assigned');
      return diagnosedWithOrgCheck('user-not-assigned');
    })();
    expect(report.diagnosis[0]?.code).toBe('user-not-assigned');
    expect(report.diagnosis[0]?.fix.join(' ')).toContain('External Client App Manager');
    // The admin's own app stays a Connected App through login whatever the rehearsed app's kind.
    expect(withEvidence[0]).toBe('user-not-assigned');
  });

  it('holds the certificate the admin uploaded: signed by a newer key, the login fails with certificate-mismatch first', async () => {
    const uploaded = opensslKeyPair().certificatePem;
    await session.rehearsal.start({ appKind: 'external' }, vault.require(), uploaded);
    const report = await testLogin();
    expect(report.ok).toBe(false);
    expect(report.diagnosis[0]?.code).toBe('certificate-mismatch');
    await session.rehearsal.start({ appKind: 'external' }, vault.require(), vault.require().certificatePem);
    expect((await testLogin()).ok).toBe(true);
  });

  it('stops, and then refuses to sign', async () => {
    await session.rehearsal.stop();
    await expect(session.rehearsal.sign()).rejects.toMatchObject({ code: 'rehearsal-not-running' });
  });
});
