import { concatBytes } from './forge-bytes';

/**
 * Java's DataOutputStream/DataInputStream, the framing of a JKS file: big-endian integers and `writeUTF`
 * strings (u16 byte length + modified UTF-8). Aliases are validated to ASCII before they get here, where
 * modified UTF-8 and UTF-8 are the same bytes.
 */
export class DataWriter {
  private readonly parts: Uint8Array[] = [];

  u16(value: number): this {
    return this.bytes(new Uint8Array([(value >>> 8) & 0xff, value & 0xff]));
  }

  u32(value: number): this {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, value);
    return this.bytes(out);
  }

  u64(value: number): this {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, BigInt(value));
    return this.bytes(out);
  }

  utf(text: string): this {
    const encoded = new TextEncoder().encode(text);
    return this.u16(encoded.length).bytes(encoded);
  }

  /** u32 length, then the bytes. */
  block(data: Uint8Array): this {
    return this.u32(data.length).bytes(data);
  }

  bytes(data: Uint8Array): this {
    this.parts.push(data);
    return this;
  }

  toBytes(): Uint8Array {
    return concatBytes(this.parts);
  }
}

/** Thrown when the data ends before a field does: a truncated file. */
export class TruncatedError extends Error {}

export class DataReader {
  private at = 0;
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get offset(): number {
    return this.at;
  }

  private need(n: number): number {
    if (this.at + n > this.data.length) throw new TruncatedError(`needs ${n} bytes at ${this.at}`);
    const start = this.at;
    this.at += n;
    return start;
  }

  u16(): number {
    return this.view.getUint16(this.need(2));
  }

  u32(): number {
    return this.view.getUint32(this.need(4));
  }

  u64(): number {
    return Number(this.view.getBigUint64(this.need(8)));
  }

  utf(): string {
    const length = this.u16();
    return new TextDecoder().decode(this.bytes(length));
  }

  block(): Uint8Array {
    return this.bytes(this.u32());
  }

  bytes(n: number): Uint8Array {
    const start = this.need(n);
    return this.data.subarray(start, start + n);
  }
}
