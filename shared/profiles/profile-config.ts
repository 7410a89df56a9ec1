import { type Infer, s } from '../api/schema';
import { environmentSchema } from './environment-schema';

/** External Client App (the default for new apps since Spring '26) or an existing Connected App. */
export type AppKind = 'external' | 'connected';

/** The names Salesforce's Setup uses for each kind. */
export const APP_KIND_LABELS: Record<AppKind, string> = { external: 'External Client App', connected: 'Connected App' };

/** Everything a profile remembers besides the key: the org, the app and the user (public values only). */
export const profileConfigSchema = s.object({
  appKind: s.literal('external', 'connected'),
  environment: environmentSchema,
  clientId: s.string({ max: 300 }),
  username: s.string({ max: 300 }),
  endpoint: s.string({ max: 2048 }),
  aud: s.string({ max: 2048 }),
});

export type ProfileConfig = Infer<typeof profileConfigSchema>;
