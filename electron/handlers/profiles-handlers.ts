import type { profilesContract } from '../../shared/api/profiles-contract';
import { exportProfile, importProfile } from '../profiles/profile-transfer';
import { ecaMetadataFile } from '../setup/eca-metadata-file';
import type { HandlersFor } from './registry';

export const profilesHandlers: HandlersFor<typeof profilesContract> = {
  'profiles.list': async (_input, ctx) => ({
    profiles: await ctx.services.profiles.list(),
    newKeyProtection: ctx.platformSecrets?.isAvailable() ? 'platform' : 'passphrase',
  }),
  'profiles.save': (input, ctx) => ctx.services.profiles.save(input, ctx.platformSecrets),
  'profiles.open': (input, ctx) => ctx.services.profiles.open(input, ctx.platformSecrets),
  'profiles.rename': (input, ctx) => ctx.services.profiles.rename(input),
  'profiles.duplicate': (input, ctx) => ctx.services.profiles.duplicate(input),
  'profiles.delete': (input, ctx) => ctx.services.profiles.remove(input.name),
  'profiles.export': async (input, ctx) =>
    ctx.files.deliver(await exportProfile(ctx.services.profiles.store, input, ctx.platformSecrets)),
  'profiles.import': (input, ctx) => importProfile(ctx.services.profiles.store, input, ctx.platformSecrets),
  'setup.ecaMetadata': (input, ctx) => ctx.files.deliver(ecaMetadataFile(ctx.services.keyVault, input)),
};
