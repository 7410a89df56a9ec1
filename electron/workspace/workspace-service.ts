import { workspaceErrors } from '../../shared/errors/workspace-errors';
import { emptyWizardAnswers, type WizardAnswers } from '../../shared/workspace/wizard-answers';
import type { CertificateStep, TestMark, WorkspaceView } from '../../shared/workspace/workspace-view';
import { checkCertificateSize } from '../files/write-check';
import type { KeyMaterial, KeyVault } from '../keys/key-vault';
import { keyMaterialFrom } from '../profiles/profile-key';
import { MAX_TEST_MARKS, type StoredConfirmation, type StoredKey, WORKSPACE_FORMAT, type WorkspaceFile } from './workspace-file';
import { type SealOptions, WorkspaceSeal } from './workspace-seal';
import type { WorkspaceStore } from './workspace-store';

/** An admin session for the org check: where, and the access token (kept only sealed on disk). */
export interface KeptAdminToken {
  instanceUrl: string;
  accessToken: string;
}

/** Two keys are the same for Salesforce when their certificates are (or, without one, their public keys). */
export function keyIdentity(material: KeyMaterial): string {
  return material.summary.certificate?.fingerprintSha256 ?? material.summary.publicKeyFingerprintSha256;
}

/**
 * What the admin is working on, for every host on this data folder: the key in use (and the one before the
 * latest rotation), the wizard's answers, the certificates confirmed in Salesforce and the last test per
 * target. Restored at start; every change is saved atomically, one write at a time, and a call that changed
 * something answers only once it is on disk (electron/handlers/registry.ts awaits `saved()`).
 */
export class WorkspaceService {
  private wizard: WizardAnswers = emptyWizardAnswers;
  private confirmed: Partial<Record<CertificateStep, StoredConfirmation>> = {};
  private tests: TestMark[] = [];
  private previous: KeyMaterial | undefined;
  private adminToken: KeptAdminToken | undefined;
  private notices: string[] = [];
  private seal: WorkspaceSeal | undefined;
  private restoring = true;
  private readonly loading: Promise<void>;
  private saving: Promise<void> = Promise.resolve();
  /** Counts the saves scheduled, so a caller can tell whether its call changed anything. */
  saves = 0;
  /** Sealed forms by key, so a save does not seal the same key again. */
  private readonly sealedCache = new WeakMap<KeyMaterial, Promise<StoredKey>>();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly vault: KeyVault,
    sealOptions: Promise<SealOptions>,
  ) {
    vault.observe((previous, next) => this.keyChanging(previous, next));
    this.loading = this.load(sealOptions);
  }

  /** Resolves once the saved workspace is back in memory (the key in the vault). Never rejects. */
  ready(): Promise<void> {
    return this.loading;
  }

  /** Resolves when the latest save is on disk; rejects with its coded error when it failed. */
  saved(): Promise<void> {
    return this.saving;
  }

  view(): WorkspaceView {
    const notices = this.notices;
    this.notices = [];
    const seal = this.seal as WorkspaceSeal;
    const confirmed: WorkspaceView['confirmed'] = {};
    for (const [step, c] of Object.entries(this.confirmed) as [CertificateStep, StoredConfirmation][]) {
      confirmed[step] = { fingerprintSha256: c.fingerprintSha256, at: c.at };
    }
    return {
      wizard: this.wizard,
      confirmed,
      tests: this.tests,
      ...(this.previous ? { previousKey: this.previous.summary } : {}),
      protection: { scheme: seal.protection, description: seal.description() },
      notices,
    };
  }

  updateWizard(wizard: WizardAnswers): WorkspaceView {
    this.wizard = wizard;
    this.save();
    return this.view();
  }

  confirmCertificate(step: CertificateStep, confirmed: boolean): WorkspaceView {
    if (confirmed) {
      const key = this.vault.current();
      if (!key?.certificatePem || !key.summary.certificate) throw workspaceErrors.raise('no-certificate-to-confirm');
      this.confirmed[step] = {
        fingerprintSha256: key.summary.certificate.fingerprintSha256,
        at: new Date().toISOString(),
        certificatePem: key.certificatePem,
      };
    } else {
      delete this.confirmed[step];
    }
    this.save();
    return this.view();
  }

  /** The certificate the admin confirmed uploading to the app (step 3): the one Salesforce would check. */
  uploadedCertificatePem(): string | undefined {
    return this.confirmed.configure?.certificatePem;
  }

  /**
   * Keeps the latest outcome per target and certificate: a failure with a new key does not erase the success
   * of the previous one, which counts again once that key is restored.
   */
  recordTest(mark: TestMark): void {
    const same = (t: TestMark) =>
      t.target === mark.target && t.host === mark.host && t.fingerprintSha256 === mark.fingerprintSha256;
    const others = this.tests.filter((t) => !same(t));
    this.tests = [mark, ...others].slice(0, MAX_TEST_MARKS);
    this.save();
  }

  /** The admin token the admin asked to keep for the org check, opened; undefined when none is kept. */
  keptAdminToken(): KeptAdminToken | undefined {
    return this.adminToken;
  }

  /** Keeps an admin token (sealed like the keys) or, with undefined, forgets the kept one. */
  keepAdminToken(token: KeptAdminToken | undefined): void {
    if (token === undefined && this.adminToken === undefined) return;
    this.adminToken = token;
    this.save();
  }

  restorePrevious() {
    if (!this.previous) throw workspaceErrors.raise('no-previous-key');
    // The key in use becomes the previous one (keyChanging), so a restore can itself be undone.
    return this.vault.set(this.previous);
  }

  discardPrevious(): boolean {
    const had = this.previous !== undefined;
    this.previous = undefined;
    if (had) this.save();
    return had;
  }

  private keyChanging(previous: KeyMaterial | undefined, next: KeyMaterial | undefined): void {
    checkCertificateSize(next?.certificatePem);
    if (this.restoring) return;
    if (previous && (!next || keyIdentity(previous) !== keyIdentity(next))) this.previous = previous;
    this.save();
  }

  private save(): void {
    this.saves += 1;
    this.saving = this.saving.catch(() => undefined).then(() => this.writeNow());
    // A failed save is reported to the call that made it (saved()); later saves write the whole state again.
    this.saving.catch(() => undefined);
  }

  private async writeNow(): Promise<void> {
    const current = this.vault.current();
    const file: WorkspaceFile = {
      format: WORKSPACE_FORMAT,
      version: 1,
      ...(current ? { key: await this.sealed(current) } : {}),
      ...(this.previous ? { previousKey: await this.sealed(this.previous) } : {}),
      ...(this.adminToken
        ? {
            adminToken: {
              instanceUrl: this.adminToken.instanceUrl,
              accessToken: await (this.seal as WorkspaceSeal).seal(this.adminToken.accessToken),
            },
          }
        : {}),
      wizard: this.wizard,
      confirmed: this.confirmed,
      tests: this.tests,
    };
    await this.store.write(file);
  }

  private sealed(material: KeyMaterial): Promise<StoredKey> {
    let stored = this.sealedCache.get(material);
    if (!stored) {
      const seal = this.seal as WorkspaceSeal;
      stored = seal.seal(material.privateKeyPem).then((privateKey) => ({
        alias: material.summary.alias,
        source: material.summary.source,
        ...(material.certificatePem ? { certificatePem: material.certificatePem } : {}),
        privateKey,
      }));
      this.sealedCache.set(material, stored);
      stored.catch(() => this.sealedCache.delete(material));
    }
    return stored;
  }

  private async load(sealOptions: Promise<SealOptions>): Promise<void> {
    try {
      const chosen = await WorkspaceSeal.choose(await sealOptions);
      this.seal = chosen.seal;
      this.notices.push(...chosen.notices);
      const { file, notice } = await this.store.read();
      if (notice) this.notices.push(notice);
      if (file) await this.restore(file);
    } catch (error) {
      this.seal ??= (
        await WorkspaceSeal.choose({ ...(await sealOptions), platformSecrets: undefined, keychain: undefined })
      ).seal;
      this.notices.push(error instanceof Error ? error.message : 'The workspace could not be restored.');
    } finally {
      this.restoring = false;
    }
  }

  private async restore(file: WorkspaceFile): Promise<void> {
    let current: KeyMaterial | undefined;
    let previous: KeyMaterial | undefined;
    let adminToken: KeptAdminToken | undefined;
    try {
      current = file.key ? await this.opened(file.key) : undefined;
      previous = file.previousKey ? await this.opened(file.previousKey) : undefined;
      if (file.adminToken) {
        const accessToken = await (this.seal as WorkspaceSeal).open(file.adminToken.accessToken);
        adminToken = { instanceUrl: file.adminToken.instanceUrl, accessToken };
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : 'unknown reason';
      this.notices.push(
        await this.store.setAside(
          `holds a private key this host cannot unseal (${why.slice(0, 120)}), perhaps from another user or machine`,
        ),
      );
      return;
    }
    this.wizard = file.wizard;
    this.confirmed = { ...file.confirmed };
    this.tests = file.tests;
    this.previous = previous;
    this.adminToken = adminToken;
    if (current) this.vault.set(current);
  }

  private async opened(stored: StoredKey): Promise<KeyMaterial> {
    const privateKeyPem = await (this.seal as WorkspaceSeal).open(stored.privateKey);
    const material = keyMaterialFrom(privateKeyPem, stored.certificatePem, stored.alias, 'the saved workspace');
    return { ...material, summary: { ...material.summary, source: stored.source } };
  }
}
