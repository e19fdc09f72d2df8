// A treasurer on a phone, in Khmer: the arrears list says how many members owe and pages past the
// first 50; the whole list downloads as CSV and as a workbook through the app's own session, and
// the file opens with every member in it. Nothing on the page is wider than the phone. Arrears by
// chapter pages too, and a refusal the app has no code for is said in Khmer beside its field.
// It adds 55 members to the register, so it runs after the tests that look for the first member.
import { readFileSync } from 'node:fs';
import { ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';
import { sheetRows } from '../xlsx.mjs';

export const name = 'treasurer: arrears paged past the first 50 and exported whole, at 360 px in Khmer';

const TREASURER = { username: 'treasurer-lists', password: 'treasurer-lists-password-1' };
const OWING = 55;

async function owingMembers(base) {
  const admin = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const on = await call(base, 'PUT', `/api/t/${ORG}/modules/union-dues`, { enabled: true }, admin);
  check(on.status === 200, `switching union dues on answered ${on.status}`);
  const plan = await call(base, 'POST', `/api/t/${ORG}/union-dues/plans`, { nameKm: 'វិភាគទានសាកល្បង',
    nameEn: 'Test dues', currency: 'KHR', amountMinor: 100000, period: 'MONTHLY', startsOn: '2025-01-01', gracePeriods: 0 }, admin);
  check(plan.status === 201, `a dues plan answered ${plan.status}`);
  for (let i = 0; i < OWING; i++) {
    const member = await call(base, 'POST', `/api/t/${ORG}/members`, { workingName: `Owing ${i}` }, admin);
    check(member.status === 201, `a member answered ${member.status}`);
    const enrolled = await call(base, 'POST', `/api/t/${ORG}/union-dues/enrolments`,
      { memberCode: member.body.memberCode, planId: plan.body.id, startsOn: '2025-01-01' }, admin);
    check(enrolled.status === 201, `an enrolment answered ${enrolled.status}`);
  }
  const account = await call(base, 'POST', `/api/t/${ORG}/accounts`, { ...TREASURER, roles: ['treasurer'] }, admin);
  check(account.status === 201, `the treasurer's account answered ${account.status}`);
  const treasurer = await login(base, ORG, TREASURER.username, TREASURER.password);
  const first = await fetch(`${base}/api/t/${ORG}/union-dues/arrears?limit=1`, { headers: { Authorization: `Bearer ${treasurer}` } });
  return Number(first.headers.get('X-Total-Count'));
}

/** The page is no wider than the phone: wide tables scroll inside their own frame. */
async function fitsThePhone(page) {
  await until(() => page.evaluate(() => document.documentElement.scrollWidth), (w) => w <= 360,
    (w) => `the page is ${w} px wide on a 360 px phone`);
}

export async function run({ browser, base }) {
  const total = await owingMembers(base);
  check(total > 50, `only ${total} members in arrears`);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // what the downloads ask for: the format only, never a person or the token in the address
    const asked = [];
    page.on('request', (r) => { if (r.url().includes('/api/') && r.url().includes('/export')) asked.push(r.url().slice(base.length)); });
    await loginThroughUi(page, base, ORG, TREASURER);
    await page.click('home-screen a[data-menu=union-dues-arrears]');

    // the list says how many owe, and shows only the columns that matter on a phone
    const status = page.locator('module-list p.range');
    await untilText(status, (t) => t === `1–50 ក្នុងចំណោម ${total}`, 'the arrears list does not say how many there are');
    const firstPage = await page.locator('module-list tbody tr td:first-child').allTextContents();
    check(firstPage.length === 50, `the first page has ${firstPage.length} rows`);
    const shown = await page.locator('module-list thead th').evaluateAll((ths) => ths.filter((th) => getComputedStyle(th).display !== 'none').length);
    check(shown === 4, `a phone shows ${shown} columns (three and the row's link)`);
    await fitsThePhone(page);

    // past the first 50
    await page.locator('module-list nav button', { hasText: 'ទំព័របន្ទាប់' }).click();
    await untilText(status, (t) => t === `51–${Math.min(100, total)} ក្នុងចំណោម ${total}`, 'the next page is not the 51st row on');
    const secondPage = await page.locator('module-list tbody tr td:first-child').allTextContents();
    check(secondPage.length === Math.min(50, total - 50), `the second page has ${secondPage.length} rows`);
    check(secondPage.every((code) => !firstPage.includes(code)), 'the second page repeats the first');
    // a row's other columns are under "more" on a phone (arrears rows open no detail)
    const more = page.locator('module-list tbody tr').first().locator('details');
    await more.locator('summary', { hasText: 'ច្រើនទៀត' }).click();
    await more.locator('dl').waitFor();

    // the whole list as CSV: downloaded through the session, named without a person, opened
    const exports = page.locator('module-list export-buttons');
    const [csv] = await Promise.all([page.waitForEvent('download'),
      exports.locator('button', { hasText: 'CSV' }).click()]);
    check(csv.suggestedFilename() === 'arrears.csv', `the CSV is named ${csv.suggestedFilename()}`);
    const lines = readFileSync(await csv.path(), 'utf8').split('\r\n').filter((l) => l);
    check(lines[0].startsWith('"memberCode","workingName"'), `the CSV opens with ${lines[0]}`);
    check(lines.length === total + 1, `the CSV has ${lines.length - 1} members, not ${total}`);
    check(lines.some((l) => l.includes(`"${secondPage[0]}"`)), 'the CSV lacks the second page');
    await untilText(exports.locator('[role=status]'), (t) => t.includes('arrears.csv'), 'the page does not say the file was downloaded');

    // and as a workbook
    const [xlsx] = await Promise.all([page.waitForEvent('download'),
      exports.locator('button', { hasText: 'Excel' }).click()]);
    check(xlsx.suggestedFilename() === 'arrears.xlsx', `the workbook is named ${xlsx.suggestedFilename()}`);
    const workbook = readFileSync(await xlsx.path());
    check(workbook.subarray(0, 2).toString() === 'PK' && workbook.includes('xl/worksheets/sheet1.xml'),
      'the workbook is not an Office Open XML file');
    // opened: a header row, then every member in arrears, the second page's first among them
    const sheet = sheetRows(workbook);
    check(sheet.length === total + 1, `the workbook has ${sheet.length - 1} members, not ${total}`);
    check(sheet.some((cells) => cells.includes(secondPage[0])), 'the workbook lacks the second page');
    await fitsThePhone(page);
    check(asked.join() === `/api/t/${ORG}/union-dues/arrears/export?format=csv,/api/t/${ORG}/union-dues/arrears/export?format=xlsx`,
      `the downloads asked for ${asked.join(' and ')}`);

    // arrears by chapter pages and says how many rows it has, like every list
    await go(page, base, `/t/${ORG}/m/union-dues/arrears-chapters`);
    await untilText(page.locator('module-list p.range'), (t) => /^1–(\d+) ក្នុងចំណោម \1$/.test(t),
      'arrears by chapter does not say how many rows it has');

    // a payment in another currency than the member's dues: the module refuses it with no code the
    // app knows; the app says so in Khmer, naming the field and beside it, and no English reaches the page
    await go(page, base, `/t/${ORG}/m/union-dues/payment-new`);
    await page.locator('module-form form').waitFor();
    await page.fill('module-form #field-memberCode', secondPage[0]);
    await page.fill('module-form #field-amountMinor', '៥');
    await page.selectOption('module-form #field-currency', 'USD');
    await page.selectOption('module-form #field-method', 'CASH');
    await page.click('module-form button[type=submit]');
    await untilText(page.locator('module-form form [role=alert]'), (t) => t === 'មិនត្រូវបានទទួលយកទេ៖ សូមពិនិត្យ «រូបិយប័ណ្ណ»។',
      'the refusal is not said in Khmer, naming the currency');
    check(await page.locator('module-form #field-currency').getAttribute('aria-invalid') === 'true', 'the currency is not marked');
    const form = await page.locator('module-form').evaluate((el) => el.shadowRoot.textContent);
    check(!/dues are in|this member/i.test(form), 'the server\'s English reached the Khmer screen');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
}
