/** The portal's structural checks of a package, one row per way a template can be wrong. */
import { describe, expect, it } from 'vitest';
import { checkBpt, PhpArray, type PhpValue } from '../../generator/bpt/index.ts';
import { CODES } from '../../generator/diagnostics/codes.ts';
import { samplePackage } from './fixtures/package.ts';

/** The sample package with one change, made through a path of keys. */
function changed(edit: (pkg: PhpArray) => void): PhpArray {
  const pkg = samplePackage();
  edit(pkg);
  return pkg;
}
const at = (v: PhpValue | undefined, ...keys: (string | number)[]): PhpArray =>
  keys.reduce<PhpValue | undefined>((x, k) => (x as PhpArray).get(k), v) as PhpArray;
const root = (pkg: PhpArray): PhpArray => at(pkg, 'TEMPLATE', 0);
const child = (pkg: PhpArray, ...path: number[]): PhpArray =>
  path.reduce((node, i) => at(node, 'Children', i), root(pkg));
const set = (arr: PhpArray, key: string | number, value: PhpValue): void => {
  const i = arr.entries.findIndex(([k]) => k === key);
  if (i >= 0) arr.entries[i] = [key, value];
  else arr.entries.push([key, value]);
};
const remove = (arr: PhpArray, key: string): void => {
  arr.entries.splice(arr.entries.findIndex(([k]) => k === key), 1);
};

const rows: { name: string; given: PhpArray; want: { code: string; path: (string | number)[] }[] }[] = [
  { name: 'the sample is clean', given: samplePackage(), want: [] },
  { name: 'VERSION 1', given: changed((p) => set(p, 'VERSION', 1)), want: [{ code: 'B24R2002', path: ['VERSION'] }] },
  { name: 'no DOCUMENT_FIELDS', given: changed((p) => remove(p, 'DOCUMENT_FIELDS')), want: [{ code: 'B24R2002', path: ['DOCUMENT_FIELDS'] }] },
  {
    name: 'VARIABLES a string: and so what used them names nothing',
    given: changed((p) => set(p, 'VARIABLES', 'x')),
    want: [
      { code: 'B24R2002', path: ['VARIABLES'] },
      { code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Children', 0, 'Properties', 'VariableValue', 'Previous'] },
      { code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 2, 'Properties', 'Text'] },
    ],
  },
  { name: 'a text naming an unknown variable', given: changed((p) => set(at(child(p, 2), 'Properties'), 'Text', '{=Variable:Gone}')), want: [{ code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 2, 'Properties', 'Text'] }] },
  { name: 'a value naming an unknown parameter', given: changed((p) => set(at(child(p, 2), 'Properties'), 'Text', '{=Template:Gone}')), want: [{ code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 2, 'Properties', 'Text'] }] },
  { name: 'a value naming a missing activity', given: changed((p) => set(at(child(p, 2), 'Properties'), 'Text', 'Picked {=A9_pick:Operator > printable}')), want: [{ code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 2, 'Properties', 'Text'] }] },
  { name: 'a value naming an activity of the template (any case) is fine', given: changed((p) => set(at(child(p, 2), 'Properties'), 'Text', '{=a6_WAIT:TimeoutDuration} {=Document:TITLE} {=Template:Limit}')), want: [] },
  {
    name: 'a variable condition on an unknown variable',
    given: changed((p) => { const props = at(child(p, 0, 0), 'Properties'); remove(props, 'fieldcondition'); set(props, 'propertyvariablecondition', PhpArray.list([PhpArray.list(['Gone', '=', 'Y'])])); }),
    want: [{ code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Properties', 'propertyvariablecondition', 0] }],
  },
  {
    name: 'SetVariableActivity writing an undeclared variable',
    given: changed((p) => set(at(child(p, 0, 0, 0), 'Properties'), 'VariableValue', PhpArray.of({ Gone: 1 }))),
    want: [{ code: 'B24R2010', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Children', 0, 'Properties', 'VariableValue', 'Gone'] }],
  },
  {
    name: 'two roots', given: changed((p) => at(p, 'TEMPLATE').entries.push([1, PhpArray.of({ Type: 'SequentialWorkflowActivity', Name: 'Template2', Properties: PhpArray.list([]) })])),
    want: [{ code: 'B24R2003', path: ['TEMPLATE'] }, { code: 'B24R2003', path: ['TEMPLATE', 1, 'Name'] }],
  },
  { name: 'root renamed', given: changed((p) => set(root(p), 'Name', 'Main')), want: [{ code: 'B24R2003', path: ['TEMPLATE', 0, 'Name'] }] },
  { name: 'root of a non-root type', given: changed((p) => set(root(p), 'Type', 'SequenceActivity')), want: [{ code: 'B24R2003', path: ['TEMPLATE', 0, 'Type'] }] },
  { name: 'a name with a dash', given: changed((p) => set(child(p, 1), 'Name', 'A6-wait')), want: [{ code: 'B24R2004', path: ['TEMPLATE', 0, 'Children', 1, 'Name'] }] },
  { name: 'Properties missing', given: changed((p) => remove(child(p, 2), 'Properties')), want: [{ code: 'B24R2004', path: ['TEMPLATE', 0, 'Children', 2, 'Properties'] }] },
  { name: 'a duplicate name', given: changed((p) => set(child(p, 2), 'Name', 'A3_remember')), want: [{ code: 'B24R2005', path: ['TEMPLATE', 0, 'Children', 2, 'Name'] }] },
  { name: 'an unknown type', given: changed((p) => set(child(p, 2), 'Type', 'NoSuchActivity')), want: [{ code: 'B24R2006', path: ['TEMPLATE', 0, 'Children', 2, 'Type'] }] },
  { name: 'a property the type does not declare', given: changed((p) => set(at(child(p, 1), 'Properties'), 'Timeout', 5)), want: [{ code: 'B24R2007', path: ['TEMPLATE', 0, 'Children', 1, 'Properties', 'Timeout'] }] },
  { name: 'a branch outside IfElse', given: changed((p) => set(child(p, 0), 'Children', PhpArray.list([...at(child(p, 0), 'Children').entries.map(([, v]) => v), root(samplePackage()).get('Children') as PhpArray].slice(0, 2).concat([PhpArray.of({ Type: 'LogActivity', Name: 'L', Properties: PhpArray.of({ Text: 'x' }) })])))), want: [{ code: 'B24R2004', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 2, 'Type'] }] },
  { name: 'an unknown operator', given: changed((p) => set(at(child(p, 0, 0), 'Properties'), 'fieldcondition', PhpArray.list([PhpArray.list(['ID', '~', 1])]))), want: [{ code: 'B24R2008', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Properties', 'fieldcondition', 0] }] },
  { name: '"modified" outside fieldcondition', given: changed((p) => { const props = at(child(p, 0, 0), 'Properties'); remove(props, 'fieldcondition'); set(props, 'propertyvariablecondition', PhpArray.list([PhpArray.list(['Previous', 'modified', ''])])); }), want: [{ code: 'B24R2008', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Properties', 'propertyvariablecondition', 0] }] },
  { name: 'two conditions on one branch', given: changed((p) => set(at(child(p, 0, 0), 'Properties'), 'truecondition', '')), want: [{ code: 'B24R2008', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Properties'] }] },
  { name: 'a mixed condition without object', given: changed((p) => set(at(child(p, 0, 1), 'Properties'), 'mixedcondition', PhpArray.list([PhpArray.of({ field: 'ID', operator: '=', value: 1, joiner: 2 })]))), want: [{ code: 'B24R2008', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 1, 'Properties', 'mixedcondition', 0] }, { code: 'B24R2008', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 1, 'Properties', 'mixedcondition', 0] }] },
  { name: 'an empty condition list', given: changed((p) => set(at(child(p, 0, 0), 'Properties'), 'fieldcondition', PhpArray.list([]))), want: [{ code: 'B24R2008', path: ['TEMPLATE', 0, 'Children', 0, 'Children', 0, 'Properties', 'fieldcondition'] }] },
];

describe('checkBpt', () => {
  it.each(rows)('$name', ({ given, want }) => {
    expect(checkBpt(given).map((d) => ({ code: d.code, path: d.path }))).toEqual(want);
  });
  it('an activity the module installs is known, with its own properties', () => {
    const pkg = changed((p) => set(child(p, 2), 'Type', 'RdnRouterSetResponsibleActivity'));
    expect(checkBpt(pkg, { extraActivities: { rdnroutersetresponsibleactivity: ['Title', 'Text', 'SetVariable'] } })).toEqual([]);
  });
  it('every bpt code has a row', () => {
    const codes = Object.keys(CODES).filter((c) => c.startsWith('B24R20') && !['B24R2001', 'B24R2009'].includes(c));
    const seen = new Set(rows.flatMap((r) => r.want.map((w) => w.code)));
    expect(codes.filter((c) => !seen.has(c))).toEqual([]);
  });
});
