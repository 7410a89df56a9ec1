import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSoql } from './soql-evaluate';
import type { SoqlDatabase, SoqlObject, SoqlRecord } from './soql-schema';

const RUNS = 10_000;
const NOW = Date.parse('2026-03-02T10:00:00.000Z');

/** A two-object schema with every field type the grammar below compares. */
const PROFILE: SoqlObject = {
  name: 'Profile',
  label: 'Profile',
  labelPlural: 'Profiles',
  keyPrefix: '00e',
  fields: [
    { name: 'Id', type: 'id', label: 'Id' },
    { name: 'Name', type: 'string', label: 'Name' },
  ],
};
const USER: SoqlObject = {
  name: 'User',
  label: 'User',
  labelPlural: 'Users',
  keyPrefix: '005',
  fields: [
    { name: 'Id', type: 'id', label: 'Id' },
    { name: 'Username', type: 'string', label: 'Username' },
    { name: 'IsActive', type: 'boolean', label: 'Active' },
    { name: 'Logins', type: 'int', label: 'Logins' },
    { name: 'Birthday', type: 'date', label: 'Birthday' },
    { name: 'LastLoginDate', type: 'datetime', label: 'Last Login' },
    { name: 'ProfileId', type: 'reference', label: 'Profile', referenceTo: 'Profile', relationshipName: 'Profile' },
  ],
};
const profiles: SoqlRecord[] = [
  { Id: '00e000000000001AAA', Name: 'System Administrator' },
  { Id: '00e000000000002AAA', Name: 'Standard User' },
];
const users: SoqlRecord[] = Array.from({ length: 12 }, (_, i) => ({
  Id: `005${String(i).padStart(12, '0')}AAA`,
  Username: `user${i}@acme.com`,
  IsActive: i % 3 !== 0,
  Logins: i * 7,
  Birthday: i % 4 === 0 ? null : `19${70 + i}-0${(i % 9) + 1}-15`,
  LastLoginDate: i % 5 === 0 ? null : new Date(NOW - i * 86_400_000).toISOString().replace('Z', '+0000'),
  ProfileId: i % 6 === 0 ? null : profiles[i % 2]!.Id!,
}));
const db: SoqlDatabase = {
  objects: [USER, PROFILE],
  records: (name) => (name === 'User' ? users : name === 'Profile' ? profiles : []),
};

/** Literals of the right type for each field, so grammar-made queries are all valid. */
const literalFor: Record<string, fc.Arbitrary<string>> = {
  Username: fc.constantFrom("'user1@acme.com'", "'USER2@ACME.COM'", "'nobody'", "'it\\'s'", 'null'),
  'Profile.Name': fc.constantFrom("'System Administrator'", "'standard user'", 'null'),
  IsActive: fc.constantFrom('true', 'FALSE', 'null'),
  Logins: fc.integer({ min: -5, max: 100 }).map(String),
  Birthday: fc.constantFrom('1975-05-15', 'TODAY', 'LAST_N_DAYS:30', 'null'),
  LastLoginDate: fc.constantFrom(
    '2026-03-01T00:00:00Z',
    '2026-01-01T00:00:00.000+01:00',
    'YESTERDAY',
    'LAST_N_DAYS:3',
    'NEXT_N_DAYS:2',
  ),
};
const fieldNames = Object.keys(literalFor);

const comparison = fc.constantFrom(...fieldNames).chain((field) =>
  fc.oneof(
    fc.tuple(fc.constantFrom('=', '!=', '<>', '<', '>', '<=', '>='), literalFor[field]!).map(([op, v]) => `${field} ${op} ${v}`),
    fc
      .tuple(fc.boolean(), fc.array(literalFor[field]!, { minLength: 1, maxLength: 3 }))
      .map(([not, vs]) => `${field} ${not ? 'NOT IN' : 'IN'} (${vs.join(', ')})`),
    ...(field === 'Username' || field === 'Profile.Name'
      ? [fc.constantFrom("'user%'", "'%1%'", "'_ser3@acme.com'", "'%'").map((p) => `${field} LIKE ${p}`)]
      : []),
  ),
);

const condition: fc.Arbitrary<string> = fc.letrec<{ cond: string }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.tuple(tie('cond'), fc.constantFrom('AND', 'OR'), tie('cond')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('cond').map((c) => `NOT (${c})`),
  ),
})).cond;

const validQuery = fc
  .record({
    count: fc.boolean(),
    fields: fc.uniqueArray(fc.constantFrom('Id', ...fieldNames), { minLength: 1, maxLength: 4 }),
    where: fc.option(condition, { nil: undefined }),
    order: fc.option(
      fc.tuple(
        fc.constantFrom(...fieldNames),
        fc.constantFrom('', ' ASC', ' DESC'),
        fc.constantFrom('', ' NULLS FIRST', ' NULLS LAST'),
      ),
      { nil: undefined },
    ),
    limit: fc.option(fc.nat(20), { nil: undefined }),
    offset: fc.option(fc.nat(20), { nil: undefined }),
  })
  .map((q) =>
    [
      `SELECT ${q.count ? 'COUNT()' : q.fields.join(', ')} FROM User`,
      q.where ? `WHERE ${q.where}` : '',
      q.order ? `ORDER BY ${q.order.join('')}` : '',
      q.limit === undefined ? '' : `LIMIT ${q.limit}`,
      q.offset === undefined ? '' : `OFFSET ${q.offset}`,
    ]
      .filter(Boolean)
      .join(' '),
  );

/** A valid query with one character deleted, replaced or inserted, or a word swapped for another. */
const mutated = fc
  .tuple(
    validQuery,
    fc.nat(),
    fc.constantFrom('', "'", '(', ')', ',', '.', 'x', ' ', '\\', '%', '=', 'FROM', 'WHERE', 'AND OR'),
    fc.nat(2),
  )
  .map(([q, at, text, mode]) => {
    const i = at % (q.length + 1);
    return mode === 0
      ? q.slice(0, i) + q.slice(i + 1)
      : mode === 1
        ? q.slice(0, i) + text + q.slice(i + 1)
        : q.slice(0, i) + text + q.slice(i);
  });

const tokenSoup = fc
  .array(
    fc.constantFrom(
      'SELECT',
      'FROM',
      'WHERE',
      'User',
      'Id',
      'Profile.Name',
      'COUNT()',
      '(',
      ')',
      ',',
      '=',
      'IN',
      'LIKE',
      "'a'",
      '1',
      'true',
      'null',
      'AND',
      'OR',
      'NOT',
      'ORDER BY',
      'LIMIT',
      'TODAY',
      ':',
      '2026-01-01',
    ),
    { maxLength: 20 },
  )
  .map((words) => words.join(' '));

const CODES = ['MALFORMED_QUERY', 'INVALID_FIELD', 'INVALID_TYPE'];

describe('the SOQL subset under generated queries', () => {
  it(`accepts ${RUNS} grammar-made queries, answering as many records as it says`, () => {
    fc.assert(
      fc.property(validQuery, (q) => {
        const answer = runSoql(q, db, { nowMs: NOW, apiVersion: '66.0' });
        if (!answer.ok) throw new Error(`${q}\n${answer.error.errorCode}: ${answer.error.message}`);
        const { totalSize, records } = answer.result;
        expect(totalSize).toBeLessThanOrEqual(users.length);
        if (!q.includes('COUNT()')) expect(records).toHaveLength(totalSize);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`never throws on ${RUNS} mutated, shuffled or random strings: an answer, or a coded error with Salesforce's caret`, () => {
    fc.assert(
      fc.property(
        fc.oneof(mutated, tokenSoup, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 })),
        (q) => {
          const answer = runSoql(q, db, { nowMs: NOW, apiVersion: '66.0' });
          if (answer.ok) return;
          expect(CODES).toContain(answer.error.errorCode);
          expect(answer.error.message).toMatch(/\n\s*\^\nERROR at Row:\d+:Column:\d+\n./);
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('refuses very long and very deep input quickly', () => {
    const started = Date.now();
    expect(
      runSoql(`SELECT Id FROM User WHERE ${'NOT '.repeat(10_000)}IsActive = true`, db, { nowMs: NOW, apiVersion: '66.0' }).ok,
    ).toBe(false);
    expect(runSoql('x'.repeat(100_001), db, { nowMs: NOW, apiVersion: '66.0' }).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
