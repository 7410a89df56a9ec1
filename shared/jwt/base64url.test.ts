import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSegment, encodeSegment } from './base64url';

describe('base64url segments', () => {
  it('round-trips any bytes without padding, as Node’s base64url encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = encodeSegment(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeSegment(encoded)).toEqual(bytes);
      }),
    );
  });

  it('still decodes padded and standard-alphabet segments, and refuses what is no base64 at all', () => {
    expect(decodeSegment('+/8=')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(decodeSegment('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(decodeSegment('a')).toBeUndefined();
    expect(decodeSegment('ab$d')).toBeUndefined();
    expect(decodeSegment('+_8')).toBeUndefined();
    expect(decodeSegment('ab=c')).toBeUndefined();
  });
});
