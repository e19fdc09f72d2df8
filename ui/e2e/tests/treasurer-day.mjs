// A treasurer's day on a 360 px phone, in Khmer, as the treasurer (not the admin): a member pays, the
// payment opens its receipt, which prints; a collector hands over the cash she took, chosen by her
// login name (never an account number); reconciliation and the handovers list name both people.
// axe finds nothing on each screen. The export downloaded and opened is dues-lists-export's.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, settled } from '../axe.mjs';
import { ORG, ORG_ADMIN, call, enrolFirstMember, login } from '../fixture.mjs';
import { check, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'treasurer\'s day: a payment to its printed receipt, cash handed over by a collector named, axe at 0';

const TREASURER = { username: 'treasurer-day', password: 'treasurer-day-password-1' };
const COLLECTOR = { username: 'collector-day', password: 'collector-day-password-1' };

async function expect(what, promise, ok = [200, 201]) {
  const answer = await promise;
  check(ok.includes(answer.status), `${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function noViolations(page, where) {
  const violations = await audit(page);
  check(violations.length === 0, `axe: ${where}: ${violations.map((v) => `${v.rule} ${v.where.join(' ')}`).join('; ')}`);
}

/** The screen's text once its table or its words for an empty list are drawn. */
function table(page) {
  return page.locator('module-list table, module-list p.muted').first();
}

export async function run({ browser, base, workDir }) {
  const admin = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  await expect('union dues on', call(base, 'PUT', `/api/t/${ORG}/modules/union-dues`, { enabled: true }, admin));
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const memberCode = await enrolFirstMember(base, admin);
    await expect('the treasurer', call(base, 'POST', `/api/t/${ORG}/accounts`, { ...TREASURER, roles: ['treasurer'] }, admin), [201, 409]);
    await expect('a collector', call(base, 'POST', `/api/t/${ORG}/accounts`, { ...COLLECTOR, roles: ['organiser'] }, admin), [201, 409]);
    // the collector took cash from the member in the field this morning
    const collector = await login(base, ORG, COLLECTOR.username, COLLECTOR.password);
    const today = new Date().toISOString().slice(0, 10);
    await expect('the collector\'s payment', call(base, 'POST', `/api/t/${ORG}/union-dues/payments`,
      { memberCode, amountMinor: 400000, currency: 'KHR', paidOn: today, method: 'CASH' }, collector));

    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base, ORG, TREASURER);

    // a member pays at the office: the payment opens its receipt, which prints
    await page.click('home-screen a[data-menu=union-dues-payments]');
    await page.locator('module-list a.button', { hasText: 'កត់ត្រាការបង់ប្រាក់' }).click();
    await settled(page, 'module-form form');
    await noViolations(page, 'the payment form');
    await page.fill('module-form #field-memberCode', memberCode);
    await page.fill('module-form #field-amountMinor', '៤០០០');
    await page.selectOption('module-form #field-currency', 'KHR');
    await page.selectOption('module-form #field-method', 'CASH');
    await page.click('module-form button[type=submit]');
    await page.waitForURL(/#\/t\/[^/]+\/m\/union-dues\/receipt\/\d+$/);
    await untilText(page.locator('union-dues-receipt'), (t) => t.includes('លេខបង្កាន់ដៃ'), 'the receipt does not speak Khmer');
    await untilText(page.locator('module-element union-dues-receipt #receipt-amount'),
      (t) => t.replace(/[^0-9០-៩]/g, '').length > 0, 'the receipt shows no amount');
    await noViolations(page, 'the receipt');
    await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
    await page.click('union-dues-receipt #receipt-print');
    await page.locator('body[data-printed=yes]').waitFor({ state: 'attached' });
    writeFileSync(join(workDir, 'treasurer-receipt-km.png'), await page.screenshot({ fullPage: true }));

    // the collector hands her cash over: chosen by name, never by number
    await page.click('app-header nav a.button');
    await page.click('home-screen a[data-menu=union-dues-handovers]');
    await table(page).waitFor();
    await page.locator('module-list a.button', { hasText: 'កត់ត្រាការប្រគល់សាច់ប្រាក់' }).click();
    const picker = page.locator('module-form #field-collectorAccountId');
    const offered = await until(() => picker.locator('option').allTextContents(),
      (names) => names.includes(COLLECTOR.username), 'the collector is not offered by name');
    check(offered.every((n) => !/^[0-9០-៩]+$/.test(n.trim())), `an account is offered as a number: ${offered.join(', ')}`);
    await noViolations(page, 'the handover form');
    await picker.selectOption({ label: COLLECTOR.username });
    await page.fill('module-form #field-handedOn', today);
    await page.selectOption('module-form #field-currency', 'KHR');
    await page.fill('module-form #field-amountMinor', '៤០០០');
    await page.click('module-form button[type=submit]');

    // reconciliation: the collector by name, what she took and what she handed over
    await page.waitForURL(/\/m\/union-dues\/reconciliation$/);
    const row = page.locator('module-list tbody tr', { hasText: COLLECTOR.username });
    await untilText(row.first(), (t) => t.includes(COLLECTOR.username), 'reconciliation does not name the collector');
    await noViolations(page, 'cash reconciliation');
    await page.click('app-header nav a.button');
    await page.click('home-screen a[data-menu=union-dues-handovers]');
    const handed = page.locator('module-list tbody tr', { hasText: COLLECTOR.username }).first();
    await untilText(handed, (t) => t.includes(COLLECTOR.username), 'the handovers list does not name the collector');
    // who received it is on the row's other columns, by name too
    await handed.locator('details summary').click();
    await untilText(handed.locator('details dl'), (t) => t.includes(TREASURER.username), 'the handovers list does not name who received it');
    await noViolations(page, 'cash handed over');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= 360, `the page is wider than the phone (${wide} px)`);
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
    await call(base, 'PUT', `/api/t/${ORG}/modules/union-dues`, { enabled: false }, admin);
  }
}
