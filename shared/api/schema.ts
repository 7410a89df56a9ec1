import { apiErrors } from './api-errors';

/**
 * A small validator for API inputs. Every handler's input crosses a trust boundary (IPC from a renderer, HTTP
 * from a browser), so it is parsed here into a typed value or rejected with `invalid-input` naming the field.
 */
export interface Schema<T> {
  parse(value: unknown, path?: string): T;
}

/** Marks a field that may be left out of an object. */
export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function invalid(path: string, expected: string): never {
  throw apiErrors.raise('invalid-input', `${path || 'input'} must be ${expected}.`);
}

interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

export const s = {
  string(rules: StringRules = {}): Schema<string> {
    const max = rules.max ?? 1_000_000;
    return {
      parse(value, path = '') {
        if (typeof value !== 'string') invalid(path, 'a string');
        if (rules.min !== undefined && value.length < rules.min) invalid(path, `at least ${rules.min} characters`);
        if (value.length > max) invalid(path, `at most ${max} characters`);
        if (rules.pattern && !rules.pattern.test(value)) invalid(path, `a string matching ${rules.pattern}`);
        return value;
      },
    };
  },
  number(rules: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
    return {
      parse(value, path = '') {
        if (typeof value !== 'number' || !Number.isFinite(value)) invalid(path, 'a finite number');
        if (rules.integer && !Number.isInteger(value)) invalid(path, 'a whole number');
        if (rules.min !== undefined && value < rules.min) invalid(path, `at least ${rules.min}`);
        if (rules.max !== undefined && value > rules.max) invalid(path, `at most ${rules.max}`);
        return value;
      },
    };
  },
  boolean(): Schema<boolean> {
    return {
      parse(value, path = '') {
        if (typeof value !== 'boolean') invalid(path, 'true or false');
        return value;
      },
    };
  },
  literal<const T extends string | number | boolean>(...allowed: T[]): Schema<T> {
    return {
      parse(value, path = '') {
        if (!allowed.includes(value as T)) invalid(path, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
        return value as T;
      },
    };
  },
  array<T>(item: Schema<T>, rules: { max?: number } = {}): Schema<T[]> {
    const max = rules.max ?? 10_000;
    return {
      parse(value, path = '') {
        if (!Array.isArray(value)) invalid(path, 'a list');
        if (value.length > max) invalid(path, `a list of at most ${max} items`);
        return value.map((v, i) => item.parse(v, `${path}[${i}]`));
      },
    };
  },
  optional<T>(inner: Schema<T>): OptionalSchema<T> {
    return {
      optional: true,
      parse(value, path = '') {
        return value === undefined || value === null ? undefined : inner.parse(value, path);
      },
    };
  },
  object<Shape extends Record<string, Schema<unknown>>>(shape: Shape): Schema<ObjectOf<Shape>> {
    return {
      parse(value, path = '') {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(path, 'an object');
        const input = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(input)) {
          if (!Object.hasOwn(shape, key)) invalid(path ? `${path}.${key}` : key, 'absent (unknown field)');
        }
        for (const [key, schema] of Object.entries(shape)) {
          const parsed = schema.parse(input[key], path ? `${path}.${key}` : key);
          if (parsed !== undefined) out[key] = parsed;
        }
        return out as ObjectOf<Shape>;
      },
    };
  },
  /** No input at all: `undefined`, `null` or `{}`. */
  none(): Schema<undefined> {
    return {
      parse(value, path = '') {
        if (value === undefined || value === null) return undefined;
        if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
        return invalid(path, 'empty');
      },
    };
  },
};

type OptionalKeys<Shape> = { [K in keyof Shape]: Shape[K] extends OptionalSchema<unknown> ? K : never }[keyof Shape];
type RequiredKeys<Shape> = Exclude<keyof Shape, OptionalKeys<Shape>>;
export type ObjectOf<Shape extends Record<string, Schema<unknown>>> = {
  [K in RequiredKeys<Shape>]: Infer<Shape[K]>;
} & {
  [K in OptionalKeys<Shape>]?: Exclude<Infer<Shape[K]>, undefined>;
};
