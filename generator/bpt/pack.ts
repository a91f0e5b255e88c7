/**
 * `.bpt` files as the portal's exporter writes them and its importer reads them
 * (`Bitrix\Bizproc\Workflow\Template\Packer\Bpt`): PHP `serialize()` of the package array, then
 * `gzcompress($data, 9)` (zlib, RFC 1950) unless plain. Reading follows the importer: the plain text
 * first when it passes `CheckSerializedData`, else zlib; the result must be an array with `TEMPLATE`.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PhpArray, type PhpValue } from './php-value.ts';
import { SerializeError, serialize, unserialize } from './serialize.ts';

/** The importer's object guard (`CheckSerializedData`, main/tools.php): it refuses payloads that match. */
export const OBJECT_MARK = /(^|;)[OC]:\+?\d+:/;

export class BptError extends Error {}

export interface Unpacked {
  value: PhpArray;
  compressed: boolean;
}

export function packBpt(pkg: PhpValue, options: { compress?: boolean } = {}): Buffer {
  const data = serialize(pkg);
  if (OBJECT_MARK.test(data.toString('latin1'))) {
    throw new BptError('the serialized text holds ";O:<digits>:" or ";C:<digits>:" inside a string, which the portal’s importer '
      + 'takes for a serialized object and refuses; change that text');
  }
  return options.compress === false ? data : deflateSync(data, { level: 9 });
}

export function unpackBpt(bytes: Uint8Array): Unpacked {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const plain = tryTemplate(buf);
  if (plain.value) return { value: plain.value, compressed: false };
  let inflated: Buffer;
  try {
    inflated = inflateSync(buf);
  } catch {
    throw new BptError(`not a business-process template: neither serialized PHP${plain.why ? ` (${plain.why})` : ''} nor zlib-compressed data`);
  }
  const packed = tryTemplate(inflated);
  if (packed.value) return { value: packed.value, compressed: true };
  throw new BptError(`the zlib-compressed data is not a business-process template: ${packed.why}`);
}

function tryTemplate(data: Buffer): { value?: PhpArray; why?: string } {
  if (OBJECT_MARK.test(data.toString('latin1'))) return { why: 'it holds a serialized object, which the portal refuses' };
  let value: PhpValue;
  try {
    value = unserialize(data);
  } catch (e) {
    return { why: e instanceof SerializeError ? e.message : String(e) };
  }
  if (!(value instanceof PhpArray) || value.get('TEMPLATE') === undefined) return { why: 'it is not an array with a TEMPLATE key' };
  return { value };
}
