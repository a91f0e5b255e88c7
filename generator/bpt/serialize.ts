/**
 * PHP `serialize()` / `unserialize()` for values without objects, byte for byte as PHP 7.1+ writes them
 * (`serialize_precision = -1`): `N;`, `b:1;`, `i:5;`, `d:0.1;`, `s:<UTF-8 bytes>:"…";`, `a:<n>:{…}`.
 * Reading rejects objects, references and anything malformed with the byte offset.
 */
import { PhpArray, PhpFloat, normalizeKey, type PhpKey, type PhpValue } from './php-value.ts';

export class SerializeError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at byte ${offset})`);
  }
}

export function serialize(value: PhpValue): Buffer {
  const parts: Buffer[] = [];
  write(value, parts);
  return Buffer.concat(parts);
}

function write(value: PhpValue, out: Buffer[]): void {
  if (value === null) out.push(Buffer.from('N;'));
  else if (typeof value === 'boolean') out.push(Buffer.from(value ? 'b:1;' : 'b:0;'));
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`${value} is not an integer PHP can hold exactly; use a PhpFloat`);
    out.push(Buffer.from(`i:${value};`));
  } else if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    out.push(Buffer.from(`s:${bytes.length}:"`), bytes, Buffer.from('";'));
  } else if (value instanceof PhpFloat) out.push(Buffer.from(`d:${phpFloatText(value.value)};`));
  else {
    out.push(Buffer.from(`a:${value.entries.length}:{`));
    for (const [k, v] of value.entries) {
      write(normalizeKey(k), out);
      write(v, out);
    }
    out.push(Buffer.from('}'));
  }
}

/** A float as PHP writes it: the shortest round-trip digits, exponent form below 1e-4 and from 1e17. */
export function phpFloatText(v: number): string {
  if (Number.isNaN(v)) return 'NAN';
  if (v === Infinity) return 'INF';
  if (v === -Infinity) return '-INF';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const sign = v < 0 ? '-' : '';
  const [mantissa, exp] = Math.abs(v).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  if (e < -4 || e >= 17) {
    return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const whole = digits.slice(0, e + 1).padEnd(e + 1, '0');
  const frac = digits.slice(e + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

export function unserialize(input: Uint8Array): PhpValue {
  const reader = new Reader(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  const value = reader.value(0);
  if (reader.pos !== reader.buf.length) throw new SerializeError('trailing bytes after the value', reader.pos);
  return value;
}

const MAX_DEPTH = 512;

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  value(depth: number): PhpValue {
    if (depth > MAX_DEPTH) throw new SerializeError('arrays nested too deep', this.pos);
    const at = this.pos;
    const tag = this.char();
    if (tag === 'N') {
      this.expect(';');
      return null;
    }
    this.expect(':');
    switch (tag) {
      case 'b': {
        const b = this.until(';');
        if (b !== '0' && b !== '1') throw new SerializeError(`bool must be 0 or 1, not "${b}"`, at);
        return b === '1';
      }
      case 'i':
        return this.int(this.until(';'), at);
      case 'd':
        return new PhpFloat(this.float(this.until(';'), at));
      case 's': {
        const len = this.length(this.until(':'), at);
        this.expect('"');
        if (this.pos + len > this.buf.length) throw new SerializeError(`string of ${len} bytes runs past the end`, at);
        const bytes = this.buf.subarray(this.pos, this.pos + len);
        this.pos += len;
        this.expect('"');
        this.expect(';');
        const text = bytes.toString('utf8');
        if (!Buffer.from(text, 'utf8').equals(bytes)) throw new SerializeError('string is not valid UTF-8', at);
        return text;
      }
      case 'a': {
        const count = this.length(this.until(':'), at);
        this.expect('{');
        const entries: [PhpKey, PhpValue][] = [];
        const seen = new Set<PhpKey>();
        for (let i = 0; i < count; i++) {
          const keyAt = this.pos;
          const key = this.value(depth + 1);
          if (typeof key !== 'number' && typeof key !== 'string') throw new SerializeError('array key must be an int or a string', keyAt);
          const k = normalizeKey(key);
          if (seen.has(k)) throw new SerializeError(`duplicate array key ${JSON.stringify(k)}`, keyAt);
          seen.add(k);
          entries.push([k, this.value(depth + 1)]);
        }
        this.expect('}');
        return new PhpArray(entries);
      }
      case 'O':
      case 'C':
        throw new SerializeError('serialized objects are not allowed (the portal rejects them too)', at);
      case 'r':
      case 'R':
        throw new SerializeError('references are not allowed', at);
      default:
        throw new SerializeError(`unknown type tag "${tag}"`, at);
    }
  }

  private char(): string {
    if (this.pos >= this.buf.length) throw new SerializeError('unexpected end of data', this.pos);
    return String.fromCharCode(this.buf[this.pos++]!);
  }

  private expect(c: string): void {
    const at = this.pos;
    if (this.char() !== c) throw new SerializeError(`expected "${c}"`, at);
  }

  private until(c: string): string {
    const end = this.buf.indexOf(c, this.pos, 'latin1');
    if (end < 0) throw new SerializeError(`expected "${c}"`, this.pos);
    const text = this.buf.toString('latin1', this.pos, end);
    this.pos = end + 1;
    return text;
  }

  private int(text: string, at: number): number {
    if (!/^[+-]?[0-9]+$/.test(text)) throw new SerializeError(`"${text}" is not an integer`, at);
    const n = Number(text);
    if (!Number.isSafeInteger(n)) throw new SerializeError(`integer ${text} is beyond what b24route reads exactly (2^53)`, at);
    return n === 0 ? 0 : n;
  }

  private float(text: string, at: number): number {
    if (text === 'NAN') return NaN;
    if (text === 'INF') return Infinity;
    if (text === '-INF') return -Infinity;
    if (!/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text)) throw new SerializeError(`"${text}" is not a float`, at);
    return Number(text);
  }

  private length(text: string, at: number): number {
    if (!/^[0-9]+$/.test(text)) throw new SerializeError(`"${text}" is not a length`, at);
    return Number(text);
  }
}
