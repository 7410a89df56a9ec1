import { keyErrors } from '../../shared/keys/key-errors';
import type { KeySummary } from '../../shared/keys/key-summary';

/** The private key in use and its certificate. Lives only on the Node side, never in a renderer. */
export interface KeyMaterial {
  /** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  privateKeyPem: string;
  certificatePem?: string;
  summary: KeySummary;
}

/**
 * Told of every change of the key in use before it is made, so the workspace can keep the previous key and save
 * the new one; throwing refuses the change (a certificate the stores could not keep).
 */
export type KeyVaultObserver = (previous: KeyMaterial | undefined, next: KeyMaterial | undefined) => void;

/** Holds the one key a host process works with at a time: generated, imported or opened from a profile. */
export class KeyVault {
  private material: KeyMaterial | undefined;
  private observer: KeyVaultObserver | undefined;

  observe(observer: KeyVaultObserver): void {
    this.observer = observer;
  }

  current(): KeyMaterial | undefined {
    return this.material;
  }

  set(material: KeyMaterial): KeySummary {
    this.observer?.(this.material, material);
    this.material = material;
    return material.summary;
  }

  clear(): void {
    this.observer?.(this.material, undefined);
    this.material = undefined;
  }

  /** The key in use, or a coded error telling the user where to get one. */
  require(): KeyMaterial {
    if (!this.material) {
      throw keyErrors.raise('no-key');
    }
    return this.material;
  }
}
