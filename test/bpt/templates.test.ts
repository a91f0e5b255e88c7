/**
 * Templates compiled from the spec: every example's `.bpt` passes the portal's structural checks with the
 * module's own activities known, the portal's importer reads it (PHP 8.4), and it runs the module's
 * activity only when the deal's responsible was changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBpt, dumpBpt, PhpArray, serialize, toJson, unpackBpt } from '../../generator/bpt/index.ts';
import { contactFollowsDeal, firstContact } from '../../generator/emit/bpt.ts';
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
    const extra = Object.fromEntries(activityNames(ir).map((a) => [a.code.toLowerCase(), a.properties]));
    expect(activityNames(ir).map((a) => a.code)).toEqual([
      'RdnDealsPickOperatorActivity', 'RdnDealsCheckOperatorActivity', 'RdnDealsSetResponsibleActivity', 'RdnDealsAddToDialogActivity',
      'RdnDealsSyncContactsActivity',
    ]);
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

describe('the “first contact” templates, one per company', () => {
  const cases = [
    { ir: normalize(example000), dir: '000-multi-company-openlines/rdn.router', companies: ['alfa', 'beta'] },
    { ir: normalize(example002), dir: '002-responsible-sync/rdn.deals', companies: ['sales'] },
  ];
  for (const { ir, dir, companies } of cases) {
    it(`${ir.module.id}: the packed templates are the spec's, clean with the module's activities and their properties`, async () => {
      const extra = Object.fromEntries(activityNames(ir).map((a) => [a.code.toLowerCase(), a.properties]));
      expect(ir.companies.map((c) => c.id)).toEqual(companies);
      for (const company of ir.companies) {
        const file = path.join(import.meta.dirname, `../../dist-php/${dir}/install/bizproc/first-contact-${company.id}.bpt`);
        const { value } = unpackBpt(readFileSync(file));
        const pkg = firstContact(ir, company)!;
        expect(toJson(value)).toEqual(toJson(pkg));
        expect(checkBpt(value, { extraActivities: extra })).toEqual([]);
        const [side] = await phpSide('8.4', [{ value: pkg, ts: serialize(pkg), packed: readFileSync(file) }]);
        expect(side!.unpacked?.equals(side!.php)).toBe(true);
      }
    });
  }
  it('picks on the company’s first line, assigns, waits the check’s delay, checks, and escalates to the supervisor when away', () => {
    const ir = normalize(example000);
    const tree = dumpBpt(firstContact(ir, ir.companies[0]!)!, true);
    const order = ['A1_pick: RdnRouterPickOperatorActivity', 'LineId = 1', 'A2_assign: RdnRouterSetResponsibleActivity', 'UserId = "{=A1_pick:Operator}"',
      'A3_wait: DelayActivity', `TimeoutDuration = ${ir.availabilityCheck!.delayMinutes}`, 'A4_check: RdnRouterCheckOperatorActivity',
      'A7_away: IfElseBranchActivity', '[["Available","=","N",0],["Supervisor","!empty","",0]]', 'A8_escalate: RdnRouterSetResponsibleActivity'];
    const at = order.map((text) => tree.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
  it('without an availability check: pick and assign only; titles speak the spec’s first language', () => {
    const ir = normalize({ ...example000, languages: ['en', 'ru'], availabilityCheck: undefined });
    const pkg = firstContact(ir, ir.companies[0]!)!;
    const tree = dumpBpt(pkg, true);
    expect(tree).toContain('“First contact: Alfa Trade”');
    expect(tree).not.toContain('DelayActivity');
    expect(checkBpt(pkg, { extraActivities: Object.fromEntries(activityNames(ir).map((a) => [a.code.toLowerCase(), a.properties])) })).toEqual([]);
  });
});
