import { apiErrors } from '../api/api-errors';
import { type Schema, s } from '../api/schema';
import type { Environment } from '../salesforce/endpoints';

const variants = {
  production: s.object({ kind: s.literal('production') }),
  sandbox: s.object({ kind: s.literal('sandbox'), sandboxName: s.optional(s.string({ min: 1, max: 40 })) }),
  'my-domain': s.object({
    kind: s.literal('my-domain'),
    myDomain: s.string({ min: 1, max: 80 }),
    sandboxName: s.optional(s.string({ min: 1, max: 40 })),
  }),
  site: s.object({ kind: s.literal('site'), siteUrl: s.string({ min: 1, max: 2048 }) }),
};

/** The Environment union, checked by its `kind` (schema.ts has no union combinator; this is the one place it is needed). */
export const environmentSchema: Schema<Environment> = {
  parse(value, path = '') {
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    if (typeof kind === 'string' && Object.hasOwn(variants, kind)) {
      return variants[kind as keyof typeof variants].parse(value, path) as Environment;
    }
    throw apiErrors.raise('invalid-input', `${path || 'environment'} must have kind production, sandbox, my-domain or site.`);
  },
};
