/**
 * The module's identity (B24R1060–B24R1062) and texts (B24R1066).
 *
 * A Bitrix partner module id is `<partner code>.<module code>`: the installer class is the id with the dot
 * replaced by `_`, and the D7 namespace is `<Partner>\<Module>`, so both parts are lowercase latin letters
 * and digits starting with a letter (a digit first would not be a valid PHP class or namespace name).
 */
import { isIsoDate } from './clock.ts';
import { diag, notA, rec, show, type Sink } from './diag.ts';
import { checkText } from './values.ts';

export const MODULE_ID = /^[a-z][a-z0-9]*\.[a-z][a-z0-9]*$/;
export const VERSION = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

export function checkModule(spec: Record<string, unknown>, out: Sink): void {
  const m = rec(spec.module) ?? {};
  if (typeof m.id !== 'string' || !MODULE_ID.test(m.id)) {
    out(diag('B24R1060', ['module', 'id'],
      notA('The module id', m.id, '"partner.module": lowercase latin letters and digits, each part starting with a letter, one dot'),
      `Write it as your partner code, a dot and the module code, e.g. "acme.router"${suggestModuleId(m.id)}.`));
  }
  checkText(m.name, ['module', 'name'], 'The module name', out);
  if (m.releaseDate !== undefined && !isIsoDate(m.releaseDate)) {
    out(diag('B24R1022', ['module', 'releaseDate'], notA('The release date', m.releaseDate, 'a real YYYY-MM-DD date'),
      'Write the date as YYYY-MM-DD, e.g. "2026-12-01".'));
  }
  if (m.description !== undefined) checkText(m.description, ['module', 'description'], 'The module description', out);
  if (m.version !== undefined && (typeof m.version !== 'string' || !VERSION.test(m.version))) {
    out(diag('B24R1061', ['module', 'version'], notA('The module version', m.version, 'X.Y.Z'),
      'Write three dot-separated numbers without leading zeros, e.g. "1.0.0" or "1.2.10".'));
  }
  const partner = rec(m.partner) ?? {};
  checkText(partner.name, ['module', 'partner', 'name'], 'The partner name', out);
  if (!isHttpUrl(partner.url)) {
    out(diag('B24R1062', ['module', 'partner', 'url'], notA('The partner URL', partner.url, 'an http(s) URL'),
      'Write the full address of the partner site, starting with https:// or http://, e.g. "https://acme.example".'));
  }
}

export function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) return false;
  try {
    const url = new URL(v);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** `, e.g. "acme.router"` → a hint close to what was written, when lowercasing it is enough. */
function suggestModuleId(id: unknown): string {
  if (typeof id !== 'string') return '';
  const lower = id.toLowerCase();
  return lower !== id && MODULE_ID.test(lower) ? `; here "${lower}"` : '';
}
