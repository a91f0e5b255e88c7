/**
 * A deterministic `.tar.gz` of the module: POSIX ustar entries in path order, fixed owner, mode and time.
 */
import { gzipSync } from 'node:zlib';

export interface ArchiveEntry {
  path: string;
  content: string | Uint8Array;
}

const BLOCK = 512;

function header(name: string, size: number, type: '0' | '5', mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) throw new Error(`Path too long for tar: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  const put = (text: string, offset: number, length: number): void => {
    h.write(text, offset, length, 'utf8');
  };
  const octal = (n: number, length: number): string => `${n.toString(8).padStart(length - 1, '0')}\0`;
  put(base, 0, 100);
  put(octal(type === '5' ? 0o755 : 0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(mtime, 12), 136, 12);
  put('        ', 148, 8);
  put(type, 156, 1);
  put('ustar\u000000', 257, 8);
  put('root', 265, 32);
  put('root', 297, 32);
  put(prefix, 345, 155);
  let sum = 0;
  for (const byte of h) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

/** The uncompressed tar: directories first as they appear, then files, all sorted by path. */
export function tar(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts: Buffer[] = [];
  const dirs = new Set<string>();
  for (const e of sorted) {
    const segments = e.path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const dir = `${segments.slice(0, i).join('/')}/`;
      if (!dirs.has(dir)) {
        dirs.add(dir);
        parts.push(header(dir, 0, '5', mtime));
      }
    }
    const body = typeof e.content === 'string' ? Buffer.from(e.content, 'utf8') : Buffer.from(e.content);
    parts.push(header(e.path, body.length, '0', mtime), body, Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(parts);
}

export function tarGz(entries: readonly ArchiveEntry[], mtime: number): Buffer {
  return gzipSync(tar(entries, mtime), { level: 9 });
}

/** Reads back a tar made by {@link tar} (regular files only), for checks. */
export function untar(data: Buffer): ArchiveEntry[] {
  const out: ArchiveEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= data.length) {
    const h = data.subarray(offset, offset + BLOCK);
    if (h.every((b) => b === 0)) break;
    const field = (start: number, length: number): string => h.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const name = field(0, 100);
    const prefix = field(345, 155);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    offset += BLOCK;
    if (type === '0' || type === '') out.push({ path: prefix ? `${prefix}/${name}` : name, content: data.subarray(offset, offset + size).toString('utf8') });
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}
