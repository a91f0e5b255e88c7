/**
 * `.bpt` packages: b24route's packed files as the portal's importer reads them (PHP 8.4 and 7.4), the
 * portal exporter's files (compressed and plain) as b24route reads them, the JSON form, and the dump.
 */
import { describe, expect, it } from 'vitest';
import {
  fromJson, packBpt, phpEquals, serialize, toJson, unpackBpt, unserialize, dumpBpt, checkBpt, BptError, PhpArray,
} from '../../generator/bpt/index.ts';
import { samplePackage } from './fixtures/package.ts';
import { phpSide } from './php-run.ts';

describe.each(['8.4', '7.4'] as const)('round trip through PHP %s', (version) => {
  it('TS pack → the importer’s unserialize(gzuncompress()) → the same array → TS unpack and dump', async () => {
    const pkg = samplePackage();
    const packed = packBpt(pkg);
    const plain = packBpt(pkg, { compress: false });
    const [compressedSide, plainSide] = await phpSide(version, [
      { value: pkg, ts: serialize(pkg), packed },
      { value: pkg, ts: serialize(pkg), packed: plain },
    ]);
    for (const side of [compressedSide!, plainSide!]) {
      expect(side.unpacked, 'the importer reads the file').not.toBeNull();
      expect(side.unpacked!.equals(side.php), 'into the very array PHP builds').toBe(true);
    }
    const exported = unpackBpt(compressedSide!.exported);
    expect(exported.compressed).toBe(true);
    expect(phpEquals(exported.value, pkg)).toBe(true);
    expect(phpEquals(unpackBpt(compressedSide!.php).value, pkg)).toBe(true);
    expect(unpackBpt(compressedSide!.php).compressed).toBe(false);
    expect(dumpBpt(unpackBpt(packed).value, true)).toBe(dumpBpt(exported.value, true));
  });
});

describe('the JSON form', () => {
  it('round-trips exactly, keeping key order an object would lose and floats apart from ints', () => {
    const pkg = samplePackage();
    const json = toJson(pkg);
    const stage = ((json as any).VARIABLES.Stage.Options);
    expect(stage).toEqual({ $entries: [[10, 'Новая'], [2, 'В работе']] });
    expect((json as any).PARAMETERS.Limit.Default).toBe(2.5);
    expect(toJson(unserialize(serialize(fromJson(JSON.parse(JSON.stringify(json))))))).toEqual(json);
    expect(phpEquals(fromJson(JSON.parse(JSON.stringify(json))), pkg)).toBe(true);
  });
  it('refuses reserved keys and malformed entries', () => {
    expect(() => fromJson({ $float: 'x' })).toThrow(/"\$float" takes/);
    expect(() => fromJson({ a: { $entries: [[1, 2], [1, 3]] } })).toThrow(/\$\.a\.\$entries\[1\]: duplicate key 1/);
    expect(() => fromJson({ $x: 1, y: 2 })).toThrow(/reserved/);
  });
});

describe('unpack', () => {
  it('refuses what the importer refuses', () => {
    expect(() => unpackBpt(Buffer.from('not a template'))).toThrow(BptError);
    expect(() => unpackBpt(serialize(PhpArray.of({ VERSION: 2 })))).toThrow(/neither serialized PHP \(it is not an array with a TEMPLATE key\)/);
    expect(() => unpackBpt(Buffer.from('a:1:{s:8:"TEMPLATE";O:8:"stdClass":0:{}}'))).toThrow(/serialized object/);
  });
  it('refuses to pack text the importer would take for an object', () => {
    const pkg = samplePackage();
    (pkg.get('TEMPLATE') as PhpArray).entries.push([1, 'x;O:8:"stdClass":0:{}']);
    expect(() => packBpt(pkg)).toThrow(/takes for a serialized object/);
  });
});

describe('dump', () => {
  it('prints the tree, the properties and the fields', () => {
    const text = dumpBpt(samplePackage(), true);
    expect(text.split('\n').slice(0, 12)).toEqual([
      'business-process template, zlib-compressed, VERSION 2',
      'TEMPLATE',
      'Template: SequentialWorkflowActivity “Ответственный за контакт = ответственный за сделку”',
      '│  Permission = []',
      '├─ A1_branch: IfElseActivity “Условие”',
      '│  ├─ A2_changed: IfElseBranchActivity “Ответственный изменён”',
      '│  │  │  fieldcondition = [["ASSIGNED_BY_ID","modified","",0]]',
      '│  │  ├─ A3_remember: SetVariableActivity “Запомнить”',
      '│  │  │     VariableValue = {"Previous":"{=Document:ASSIGNED_BY_ID}"}',
      '│  │  └─ A4_notify: IMNotifyActivity “Уведомление”',
      '│  │        MessageUserFrom = "user_1"',
      '│  │        MessageUserTo = ["Document","ASSIGNED_BY_ID"]',
    ]);
    expect(text).toContain('VARIABLES (2)');
    expect(text).toContain('  Previous: user “Прежний ответственный” {"Description":"","Default":""}');
    expect(checkBpt(samplePackage())).toEqual([]);
  });
});
