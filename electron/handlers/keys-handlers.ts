import type { keysContract } from '../../shared/api/keys-contract';
import { exportKeyFile } from '../../shared/keys/key-export';
import { certifyKeyMaterial, exportSourceOf, generateKeyMaterial, importKeyMaterial } from '../keys/key-material';
import type { HandlersFor } from './handler-types';

/**
 * The keys feature on the Node side. The private key stays in the key vault; every answer is public data
 * (the KeySummary) or a file handed to the host's save dialog or download.
 */
export const keysHandlers: HandlersFor<typeof keysContract> = {
  'keys.generate': async (input, ctx) => ctx.services.keyVault.set(await generateKeyMaterial(input)),

  'keys.import': (input, ctx) => {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const { material, result } = importKeyMaterial(
      bytes,
      { name: input.name, ...(input.password !== undefined ? { password: input.password } : {}) },
      ctx.services.keyVault.current(),
    );
    return { ...result, summary: ctx.services.keyVault.set(material) };
  },

  'keys.createCertificate': (input, ctx) => ctx.services.keyVault.set(certifyKeyMaterial(ctx.services.keyVault.require(), input)),

  'keys.current': (_input, ctx) => ctx.services.keyVault.current()?.summary ?? null,

  'keys.export': (input, ctx) => {
    const file = exportKeyFile(exportSourceOf(ctx.services.keyVault.require()), input.format, input.password);
    return ctx.files.deliver(file);
  },
};
