/**
 * Templates compiled from the spec: every example's `.bpt` passes the portal's structural checks with the
 * module's own activities known, the portal's importer reads it (PHP 8.4), and it runs the module's
 * activity only when the deal's responsible was changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBpt, dumpBpt, PhpArray, serialize, toJson, unpackBpt } from '../../generator/bpt/index.ts';
import { contactFollowsDeal } from '../../generator/emit/bpt.ts';
import { activityNames } from '../../generator/emit/php/activities.ts';
import { normalize } from '../../generator/ir/normalize.ts';
import example002 from '../../examples/002-responsible-sync/routing.ts';
import example000 from '../../examples/000-multi-company-openlines/routing.ts';
import { phpSide } from './php-run.ts';

const ir = normalize(example002);
const file = path.join(import.meta.dirname, '../../dist-php/002-responsible-sync/rdn.deals/install/bizproc/contact-follows-deal.bpt');

describe('the “contact responsible follows deal” template of example 002', () => {
  it('is the packed spec template, clean under the portal’s checks with the module’s activity known', () => {
    const { value, compressed } = unpackBpt(readFileSync(file));
    expect(compressed).toBe(true);
    expect(toJson(value)).toEqual(toJson(contactFollowsDeal(ir)!));
    const extra = Object.fromEntries(activityNames(ir).map((a) => [a.code.toLowerCase(), ['Title']]));
    expect(activityNames(ir).map((a) => a.code)).toEqual(['RdnDealsPickOperatorActivity', 'RdnDealsCheckOperatorActivity', 'RdnDealsSyncContactsActivity']);
    expect(checkBpt(value, { extraActivities: extra })).toEqual([]);
    expect(dumpBpt(value, true)).toContain('│  └─ A3_follow: RdnDealsSyncContactsActivity “Контакты — за ответственным”');
    const branch = (value.get('TEMPLATE') as PhpArray).get(0) as PhpArray;
    expect(JSON.stringify(toJson(branch))).toContain('"fieldcondition":[["ASSIGNED_BY_ID","modified","",0]]');
  });
  it('is read by the portal’s importer into the same array', async () => {
    const pkg = contactFollowsDeal(ir)!;
    const [side] = await phpSide('8.4', [{ value: pkg, ts: serialize(pkg), packed: readFileSync(file) }]);
    expect(side!.unpacked?.equals(side!.php)).toBe(true);
  });
  it('a spec without responsibleSync gets no template', () => {
    expect(contactFollowsDeal(normalize(example000))).toBeNull();
  });
});
