import { validSpec, withChange } from '../../fixtures/valid-spec.ts';
import type { Row } from '../table.ts';

const id = ['module', 'id'];
const url = ['module', 'partner', 'url'];

export const rows: Row[] = [
  { name: 'the valid fixture', given: validSpec(), want: [] },
  { name: 'a module id with digits in both parts', given: withChange((s) => { s.module.id = 'acme2.router2'; }), want: [] },
  { name: 'a module id with capitals', given: withChange((s) => { s.module.id = 'Acme.Router'; }), want: [{ code: 'B24R1060', path: id, says: '"Acme.Router"' }] },
  { name: 'a module id without a partner part', given: withChange((s) => { s.module.id = 'router'; }), want: [{ code: 'B24R1060', path: id }] },
  { name: 'a module id with two dots', given: withChange((s) => { s.module.id = 'acme.router.x'; }), want: [{ code: 'B24R1060', path: id }] },
  { name: 'a partner code starting with a digit', given: withChange((s) => { s.module.id = '1c.router'; }), want: [{ code: 'B24R1060', path: id }] },
  { name: 'a module code starting with a digit', given: withChange((s) => { s.module.id = 'acme.2router'; }), want: [{ code: 'B24R1060', path: id }] },
  { name: 'a module id with an underscore', given: withChange((s) => { s.module.id = 'acme.open_lines'; }), want: [{ code: 'B24R1060', path: id }] },
  { name: 'a module id with a dash', given: withChange((s) => { s.module.id = 'acme.open-lines'; }), want: [{ code: 'B24R1060', path: id }] },
  { name: 'a missing module id', given: withChange((s) => { delete s.module.id; }), want: [{ code: 'B24R1060', path: id, says: 'missing' }] },

  { name: 'a release date that is not a date', given: withChange((s) => { s.module.releaseDate = '2026-02-30'; }), want: [{ code: 'B24R1022', path: ['module', 'releaseDate'], says: '"2026-02-30"' }] },
  { name: 'no version (the default applies)', given: withChange((s) => { delete s.module.version; }), want: [] },
  { name: 'a two-part version', given: withChange((s) => { s.module.version = '1.0'; }), want: [{ code: 'B24R1061', path: ['module', 'version'], says: '"1.0"' }] },
  { name: 'a version with a leading zero', given: withChange((s) => { s.module.version = '1.02.0'; }), want: [{ code: 'B24R1061', path: ['module', 'version'] }] },
  { name: 'a version with a v prefix', given: withChange((s) => { s.module.version = 'v1.0.0'; }), want: [{ code: 'B24R1061', path: ['module', 'version'] }] },
  { name: 'a version with a pre-release tag', given: withChange((s) => { s.module.version = '1.0.0-beta'; }), want: [{ code: 'B24R1061', path: ['module', 'version'] }] },

  { name: 'an http partner URL', given: withChange((s) => { s.module.partner.url = 'http://acme.example/partners'; }), want: [] },
  { name: 'a partner URL without a scheme', given: withChange((s) => { s.module.partner.url = 'acme.example'; }), want: [{ code: 'B24R1062', path: url, says: '"acme.example"' }] },
  { name: 'an ftp partner URL', given: withChange((s) => { s.module.partner.url = 'ftp://acme.example'; }), want: [{ code: 'B24R1062', path: url }] },
  { name: 'a partner URL without a host', given: withChange((s) => { s.module.partner.url = 'https://'; }), want: [{ code: 'B24R1062', path: url }] },
  { name: 'a missing partner', given: withChange((s) => { delete s.module.partner; }), want: [
    { code: 'B24R1066', path: ['module', 'partner', 'name'] },
    { code: 'B24R1062', path: url },
  ] },

  { name: 'an empty module name', given: withChange((s) => { s.module.name = ''; }), want: [{ code: 'B24R1066', path: ['module', 'name'] }] },
  { name: 'a blank partner name', given: withChange((s) => { s.module.partner.name = '   '; }), want: [{ code: 'B24R1066', path: ['module', 'partner', 'name'] }] },
  { name: 'an empty description', given: withChange((s) => { s.module.description = ''; }), want: [{ code: 'B24R1066', path: ['module', 'description'] }] },
];
