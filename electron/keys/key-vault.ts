import { StudioError } from '../../shared/errors/studio-error';
import type { KeySummary } from '../../shared/keys/key-summary';

/** The private key in use and its certificate. Lives only on the Node side, never in a renderer. */
export interface KeyMaterial {
  /** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`). */
  privateKeyPem: string;
  certificatePem?: string;
  summary: KeySummary;
}

/** Holds the one key a host process works with at a time: generated, imported or opened from a profile. */
export class KeyVault {
  private material: KeyMaterial | undefined;

  current(): KeyMaterial | undefined {
    return this.material;
  }

  set(material: KeyMaterial): KeySummary {
    this.material = material;
    return material.summary;
  }

  clear(): void {
    this.material = undefined;
  }

  /** The key in use, or a coded error telling the user where to get one. */
  require(): KeyMaterial {
    if (!this.material) {
      throw new StudioError(
        'no-key',
        'No private key is loaded yet.',
        'Generate a key and certificate (or import yours) on the Keys & certificate page, or open a saved profile.',
      );
    }
    return this.material;
  }
}
