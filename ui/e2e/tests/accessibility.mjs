// Every main screen, in Khmer and in English, audited with axe-core: no violation of any impact
// may remain. The figures go to target/e2e/axe-report.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, settled } from '../axe.mjs';
import { CHAPTER, FIRST_MEMBER, ORG, ORG_ADMIN, call, enrolFirstMember, login } from '../fixture.mjs';
import { go, loginThroughUi } from '../ui-steps.mjs';
import { networkScreenGroups, orgAdminNetworkScreens, prepareNetworkAudit, publicNetworkScreens } from '../network-audit.mjs';

export const name = 'accessibility: axe finds no violation on the main screens, in Khmer and English';

async function prepare(base) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const ok = async (what, promise) => {
    const answer = await promise;
    if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}`);
    return answer.body;
  };
  for (const module of ['legal-aid', 'union-dues']) {
    await ok(`switch ${module} on`, call(base, 'PUT', `/api/t/${ORG}/modules/${module}`, { enabled: true }, token));
  }
  const legalCase = await ok('open a case', call(base, 'POST', `/api/t/${ORG}/legal-aid/cases`, { caseType: 'court', clientKind: 'non-member', clientGroup: 'walk-in' }, token));
  await ok('a hearing', call(base, 'POST', `/api/t/${ORG}/legal-aid/cases/${legalCase.id}/dates`, { kind: 'hearing', dueOn: '2027-01-15' }, token));
  await ok('a note', call(base, 'POST', `/api/t/${ORG}/legal-aid/cases/${legalCase.id}/notes`, { text: 'axe note' }, token));
  const anonymous = (n) => Array.from({ length: n }, () => ({}));
  await ok('a violation', call(base, 'POST', `/api/t/${ORG}/legal-aid/violations`, { occurredOn: '2025-03-01',
    place: 'pp-daun-penh', advocacyConsent: true, acts: [{ actType: 'extortion', perpetratorType: 'police', victims: anonymous(9) },
      { actType: 'extortion', perpetratorType: 'gang', victims: anonymous(7) },
      { actType: 'physical-violence', perpetratorType: 'police', victims: anonymous(2) }] }, token));
  const memberCode = await enrolFirstMember(base, token);
  const service = await ok('a service', call(base, 'POST', `/api/t/${ORG}/legal-aid/services`,
    { name: 'Legal Aid Clinic', serviceKind: 'legal-service', area: 'pp-daun-penh', phone: '012 345 678' }, token));
  const referral = await ok('a referral', call(base, 'POST', `/api/t/${ORG}/legal-aid/referrals`,
    { caseId: legalCase.id, serviceId: service.id, referralNeed: 'legal-advice', consentGiven: true }, token));
  const training = await ok('a training', call(base, 'POST', `/api/t/${ORG}/legal-aid/trainings`,
    { topic: 'know-your-rights', heldOn: '2025-06-01', place: 'pp-daun-penh', facilitator: 'Sokha' }, token));
  await ok('an attendance', call(base, 'POST', `/api/t/${ORG}/legal-aid/attendance`, { trainingId: training.id, memberCode }, token));
  const payment = await ok('record a payment', call(base, 'POST', `/api/t/${ORG}/union-dues/payments`,
    { memberCode, amountMinor: 500000, currency: 'KHR', paidOn: '2025-02-01', method: 'CASH' }, token));
  const invite = await ok('invite', call(base, 'POST', `/api/t/${CHAPTER}/invites`, {}, token));
  await ok('register from the invite', call(base, 'POST', `/api/t/${CHAPTER}/registrations`, { inviteCode: invite.code,
    workingName: 'Axe Waiting', username: 'axe-waiting', password: 'lotus market bicycle', consentVersion: await consentVersion(base) }));
  const members = await ok('the register', call(base, 'POST', `/api/t/${ORG}/members/search`, { q: FIRST_MEMBER }, token));
  return { token, inviteCode: invite.code, paymentId: payment.id, memberId: members[0].id, caseId: legalCase.id,
    serviceId: service.id, referralId: referral.id, trainingId: training.id };
}

async function consentVersion(base) {
  return (await call(base, 'GET', '/api/consent')).body.version;
}

/** Screens after login: [name, route, what shows once it is drawn, optional step before the audit]. */
function screens({ memberId, paymentId, caseId, serviceId, referralId, trainingId }) {
  return [
    ['home', `/t/${ORG}`, 'home-screen h1'],
    ['member register', `/t/${ORG}/members`, 'member-register li a'],
    ['new member form', `/t/${ORG}/members/new`, 'member-form form'],
    ['member detail', `/t/${ORG}/members/${memberId}`, 'member-detail #reveal'],
    ['identity reveal dialog', `/t/${ORG}/members/${memberId}`, 'member-detail #reveal',
      (page) => page.click('#reveal').then(() => page.locator('reveal-dialog dialog[open]').waitFor())],
    ['approvals', `/t/${CHAPTER}/approvals`, 'approval-queue li'],
    ['tenant tree', `/t/${ORG}/tenants`, 'tenant-tree h1'],
    ['admin: modules', `/t/${ORG}/admin/modules`, 'modules-panel input'],
    ['admin: roles', `/t/${ORG}/admin/roles`, 'roles-panel details',
      (page) => page.locator('roles-panel summary', { hasText: /អ្នករៀបចំ|Organiser/ }).click()],
    ['admin: accounts', `/t/${ORG}/admin/accounts`, 'accounts-panel form'],
    ['admin: invites with a QR code', `/t/${CHAPTER}/admin/invites`, 'invites-panel form',
      (page) => page.click('invites-panel button[type=submit]').then(() => page.locator('invite-qr').waitFor())],
    ['admin: audit', `/t/${ORG}/admin/audit`, 'audit-panel tbody tr'],
    ['admin: lockdown', `/t/${CHAPTER}/admin/lockdown`, 'lockdown-panel button'],
    ['module list (legal aid)', `/t/${ORG}/m/legal-aid/cases`, 'module-list tbody tr'],
    ['module list with pages and downloads (union dues arrears)', `/t/${ORG}/m/union-dues/arrears`, 'module-list export-buttons'],
    ['module form (legal aid)', `/t/${ORG}/m/legal-aid/case-new`, 'module-form form'],
    ['module record form (legal aid: close a case)', `/t/${ORG}/m/legal-aid/case-close/${caseId}`, 'module-form form'],
    ['module detail with related lists (legal aid case, notes shown)', `/t/${ORG}/m/legal-aid/cases/${caseId}`,
      'module-related-list td', (page) => page.locator('module-related-list button').first().click()
        .then(() => page.locator('module-related-list td', { hasText: 'axe note' }).waitFor())],
    ['module detail with its actions (legal aid referral, consent given)', `/t/${ORG}/m/legal-aid/referrals/${referralId}`,
      'module-detail a.button'],
    ['module change form from the record (legal aid service)', `/t/${ORG}/m/legal-aid/service-change/${serviceId}`,
      'module-form #field-name'],
    ['module detail with a list shown on request (legal aid training, attendees shown)', `/t/${ORG}/m/legal-aid/trainings/${trainingId}`,
      'module-related-list button', (page) => page.locator('module-related-list button').first().click()
        .then(() => page.locator('module-related-list td').first().waitFor())],
    ['module element (legal aid violation form, empty fields marked)', `/t/${ORG}/m/legal-aid/violation-new`,
      'legal-aid-violation-form form', (page) => page.click('legal-aid-violation-form button[type=submit]')
        .then(() => page.locator('#violation-day-error').waitFor())],
    ['module report table (legal aid advocacy report)', `/t/${ORG}/m/legal-aid/advocacy-report`, 'module-table form',
      (page) => reportFor2025(page)],
    ['module detail (union dues)', `/t/${ORG}/m/union-dues/payments/${paymentId}`, 'module-detail dl'],
    ['module element (union dues receipt)', `/t/${ORG}/m/union-dues/receipt/${paymentId}`, 'union-dues-receipt dl'],
  ];
}

/** The advocacy report of 2025 by act and perpetrator, drawn with its suppressed cells. */
async function reportFor2025(page) {
  await page.selectOption('module-table #field-rows', 'act');
  await page.selectOption('module-table #field-columns', 'perpetrator');
  await page.fill('module-table #field-from', '2025-01');
  await page.fill('module-table #field-to', '2025-12');
  await page.click('module-table button[type=submit]');
  await page.locator('module-table td.suppressed').first().waitFor();
  // the report is wider than a phone: it scrolls inside its own frame, the page does not
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (width[0] > width[1]) throw new Error(`the advocacy report makes the page ${width[0]} px wide on a ${width[1]} px screen`);
}

export async function run({ browser, base, workDir }) {
  const data = await prepare(base);
  const network = await prepareNetworkAudit(base);
  const report = [];
  try {
    for (const language of ['km', 'en']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      await context.addInitScript((lang) => {
        try {
          localStorage.setItem('language', lang);
        } catch {
          /* a page without storage (about:blank) */
        }
      }, language);
      const page = await context.newPage();
      const check = async (screen, selector, before) => {
        await settled(page, selector);
        if (before) await before(page);
        report.push({ language, screen, violations: await audit(page) });
      };
      await page.goto(`${base}/#/login`);
      await check('login', 'login-screen form');
      await page.goto(`${base}/#/join/${CHAPTER}/${data.inviteCode}`);
      await check('join (self-registration)', 'join-screen .consent');
      for (const [screen, route, selector, before] of publicNetworkScreens(network)) {
        await page.goto(`${base}/#${route}`);
        await check(screen, selector, before);
      }
      await loginThroughUi(page, base);
      for (const [screen, route, selector, before] of [...screens(data), ...orgAdminNetworkScreens()]) {
        await go(page, base, route);
        await check(screen, selector, before);
      }
      for (const group of networkScreenGroups()) {
        await page.click('app-header nav button');
        await page.locator('login-screen form').waitFor();
        await loginThroughUi(page, base, group.tenant, group.user);
        for (const [screen, route, selector, before] of group.screens) {
          await go(page, base, route);
          await check(screen, selector, before);
        }
      }
      await context.close();
    }
  } finally {
    for (const module of ['legal-aid', 'union-dues']) {
      await call(base, 'PUT', `/api/t/${ORG}/modules/${module}`, { enabled: false }, data.token);
    }
  }
  writeFileSync(join(workDir, 'axe-report.json'), JSON.stringify(report, null, 2));
  const found = report.flatMap((r) => r.violations.map((v) => ({ ...v, language: r.language, screen: r.screen })));
  const byImpact = {};
  for (const v of found) byImpact[v.impact] = (byImpact[v.impact] ?? 0) + 1;
  console.log(`    axe: ${report.length} screens audited (${report.length / 2} in each language), `
    + `${found.length} violations ${JSON.stringify(byImpact)}`);
  if (found.length) {
    const lines = found.map((v) => `${v.language} ${v.screen}: ${v.rule} (${v.impact}) ${v.help} at ${v.where.join(', ')}`);
    lines.forEach((l) => console.log(`    ${l}`));
    throw new Error(`axe found ${found.length} violations:\n${lines.join('\n')}`);
  }
}
