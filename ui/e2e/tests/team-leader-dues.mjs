// A team leader of one chapter, on a 360 px phone in Khmer, records a dues payment for a member of her
// chapter (the organisation keeps the dues: the receipt takes its next number) and is refused, in plain
// Khmer, for a member of another chapter. The organisation's admin then sees who leads where.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHAPTER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, untilText } from '../ui-steps.mjs';

export const name = 'team leader dues: records for her chapter, refused for another chapter';

const OTHER_CHAPTER = 'e2e-tl-other';
const LEADER = { username: 'teamleader', password: 'team-leader-password-1' };

async function expect(what, promise, ok = [200, 201]) {
  const answer = await promise;
  check(ok.includes(answer.status), `${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Union dues on at the organisation and the chapter, a plan, a member enrolled in each chapter, the leader. */
async function setUp(base, token) {
  for (const where of [ORG, CHAPTER]) {
    await expect(`union dues at ${where}`, call(base, 'PUT', `/api/t/${where}/modules/union-dues`, { enabled: true }, token));
  }
  await expect('another chapter', call(base, 'POST', '/api/tenants', { slug: OTHER_CHAPTER, type: 'chapter', parent: ORG,
    names: { km: 'សាខាផ្សេងទៀត', en: 'Another chapter' } }, token));
  const plan = await expect('a plan', call(base, 'POST', `/api/t/${ORG}/union-dues/plans`, { nameKm: 'វិភាគទានប្រចាំខែ',
    nameEn: 'Monthly dues', currency: 'KHR', amountMinor: 400000, period: 'MONTHLY', startsOn: '2025-01-01',
    gracePeriods: 1 }, token));
  const codes = [];
  for (const [workingName, chapter] of [['Chanthy', CHAPTER], ['Sreyleak', OTHER_CHAPTER]]) {
    const member = await expect(`member ${workingName}`, call(base, 'POST', `/api/t/${ORG}/members`, { workingName, chapter }, token));
    await expect(`enrol ${workingName}`, call(base, 'POST', `/api/t/${ORG}/union-dues/enrolments`,
      { memberCode: member.memberCode, planId: plan.id, startsOn: '2025-01-01' }, token));
    codes.push(member.memberCode);
  }
  await expect('the team leader', call(base, 'POST', `/api/t/${CHAPTER}/accounts`, { ...LEADER, roles: ['team-leader'] }, token));
  return codes;
}

async function fillPayment(page, memberCode) {
  await page.click('module-list a.button');
  await page.fill('module-form #field-memberCode', memberCode);
  await page.fill('module-form #field-amountMinor', '៤០០០');
  await page.selectOption('module-form #field-currency', 'KHR');
  await page.selectOption('module-form #field-method', 'CASH');
  await page.click('module-form button[type=submit]');
}

export async function run({ browser, base, workDir }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  try {
    const [mine, theirs] = await setUp(base, token);
    const before = await call(base, 'GET', `/api/t/${ORG}/union-dues/receipts?limit=1`, undefined, token);
    const next = (before.body[0]?.id ?? 0) + 1;

    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await loginThroughUi(page, base, CHAPTER, LEADER);
    await page.click('home-screen a[data-menu=union-dues-payments]');
    await fillPayment(page, mine);
    await page.waitForURL(/#\/t\/e2e-ch\/m\/union-dues\/receipt\/\d+$/);
    const number = page.locator('union-dues-receipt');
    await untilText(number, (t) => t.includes('លេខបង្កាន់ដៃ'), 'the receipt does not speak Khmer');
    await untilText(page.locator('module-element union-dues-receipt #receipt-amount'),
      (t) => t.replace(/[^0-9០-៩]/g, '').length > 0, 'the receipt shows no amount');
    writeFileSync(join(workDir, 'team-leader-receipt-km.png'), await page.screenshot({ fullPage: true }));
    const recorded = await call(base, 'GET', `/api/t/${ORG}/union-dues/receipts/${next}`, undefined, token);
    check(recorded.status === 200 && recorded.body.memberCode === mine,
      `the organisation's next receipt (${next}) is not the team leader's payment: ${JSON.stringify(recorded)}`);

    await go(page, base, `/t/${CHAPTER}/m/union-dues/payments`);
    await page.locator('module-list a.button').waitFor();
    await fillPayment(page, theirs);
    const alert = page.locator('module-form [role=alert]');
    await untilText(alert, (t) => t.includes('សាខាផ្សេង'), 'the refusal for another chapter\'s member is not said in Khmer');
    writeFileSync(join(workDir, 'team-leader-refused-km.png'), await page.screenshot({ fullPage: true }));
    const after = await call(base, 'GET', `/api/t/${ORG}/union-dues/receipts?limit=1`, undefined, token);
    check(after.body[0].id === next, `a receipt was numbered for the refused payment: ${JSON.stringify(after.body[0])}`);
    await context.close();

    // the organisation sees who leads where, and where nobody does
    const admin = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const adminPage = await admin.newPage();
    await loginThroughUi(adminPage, base);
    await adminPage.click('home-screen a[data-menu=team-leaders]');
    await untilText(adminPage.locator(`team-leaders-screen section:last-of-type li[data-chapter=${CHAPTER}]`),
      (t) => t.includes(LEADER.username), 'the team leader is not listed at her chapter');
    await untilText(adminPage.locator(`team-leaders-screen .gaps li[data-chapter=${OTHER_CHAPTER}]`),
      (t) => t.includes('សាខាផ្សេងទៀត'), 'the chapter without a team leader is not named');
    writeFileSync(join(workDir, 'team-leaders-km.png'), await adminPage.screenshot({ fullPage: true }));
    await admin.close();
  } finally {
    for (const where of [CHAPTER, ORG]) {
      await call(base, 'PUT', `/api/t/${where}/modules/union-dues`, { enabled: false }, token);
    }
  }
}
