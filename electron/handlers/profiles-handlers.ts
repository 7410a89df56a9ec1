import type { profilesContract } from '../../shared/api/profiles-contract';
import { ecaMetadataFile } from '../setup/eca-metadata-file';
import type { HandlersFor } from './handler-types';

export const profilesHandlers: HandlersFor<typeof profilesContract> = {
  'profiles.list': async (_input, ctx) => ({
    profiles: await ctx.services.profiles.list(),
    newKeyProtection: await ctx.services.profiles.newKeyProtection(),
  }),
  'profiles.save': (input, ctx) => ctx.services.profiles.save(input),
  'profiles.open': (input, ctx) => ctx.services.profiles.open(input),
  'profiles.rename': (input, ctx) => ctx.services.profiles.rename(input),
  'profiles.duplicate': (input, ctx) => ctx.services.profiles.duplicate(input),
  'profiles.delete': (input, ctx) => ctx.services.profiles.remove(input.name),
  'profiles.export': async (input, ctx) => ctx.files.deliver(await ctx.services.profiles.exportFile(input)),
  'profiles.import': (input, ctx) => ctx.services.profiles.import(input),
  'setup.ecaMetadata': (input, ctx) => ctx.files.deliver(ecaMetadataFile(ctx.services.keyVault, input)),
};
