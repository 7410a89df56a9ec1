import { describe, expect, it } from 'vitest';
import { StudioError } from '../errors/studio-error';
import { s } from './schema';

const person = s.object({
  name: s.string({ min: 1, max: 10 }),
  age: s.optional(s.number({ min: 0, integer: true })),
  kind: s.literal('a', 'b'),
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof StudioError ? `${error.code}: ${error.message}` : 'not a StudioError';
  }
  return undefined;
}

describe('input schema', () => {
  it('parses a valid object and drops absent optional fields', () => {
    expect(person.parse({ name: 'Ann', kind: 'a' })).toEqual({ name: 'Ann', kind: 'a' });
    expect(person.parse({ name: 'Ann', age: 3, kind: 'b' })).toEqual({ name: 'Ann', age: 3, kind: 'b' });
  });

  it('rejects with invalid-input naming the field', () => {
    expect(codeOf(() => person.parse({ name: '', kind: 'a' }))).toBe('invalid-input: name must be at least 1 characters.');
    expect(codeOf(() => person.parse({ name: 'A', kind: 'c' }))).toBe('invalid-input: kind must be one of "a", "b".');
    expect(codeOf(() => person.parse({ name: 'A', kind: 'a', age: 1.5 }))).toBe('invalid-input: age must be a whole number.');
    expect(codeOf(() => person.parse({ name: 'A', kind: 'a', admin: true }))).toBe(
      'invalid-input: admin must be absent (unknown field).',
    );
    expect(codeOf(() => person.parse([]))).toBe('invalid-input: input must be an object.');
    expect(codeOf(() => s.array(s.string(), { max: 1 }).parse(['a', 'b']))).toBe(
      'invalid-input: input must be a list of at most 1 items.',
    );
  });
});
