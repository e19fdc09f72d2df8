// A health referral walked through the UI as a health worker would, on a 360 px phone: started from
// a facility of the directory for a member (by code), the person's consent recorded with it, the new
// referral opening once saved, the referral made, its slip shown (a code, the place; no person,
// service or organisation), the visit and the follow-up recorded, the queue showing it while it is
// owed; the home screen's count of referrals overdue for follow-up opens the queue; a referral made
// from the list opens itself once saved. Then every health screen is audited with axe in Khmer and
// in English.
import { audit, settled } from '../axe.mjs';
import { FIRST_MEMBER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'a health referral from the directory to its slip and its follow-up, axe in km and en';

const FACILITY = 'Lotus Clinic (e2e)';

async function detailValue(page, label) {
  return (await page.locator('module-detail dt', { hasText: label }).first()
    .locator('xpath=following-sibling::dd[1]').textContent()).trim();
}

/** Presses the detail's action, confirms its form and waits for the detail to show `label` as `value`. */
async function move(page, action, label, value, fill) {
  await page.locator('module-detail a.button', { hasText: action }).click();
  await page.waitForSelector('module-form form');
  if (fill) await fill();
  await page.click('module-form button[type=submit]');
  await until(() => detailValue(page, label), (shown) => shown === value, (shown) => `after "${action}" the referral shows ${label} ${shown}`);
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const on = await call(base, 'PUT', `/api/t/${ORG}/modules/health-referral`, { enabled: true }, token);
  check(on.status === 200, `switching health referral on answered ${on.status}`);
  const facility = await call(base, 'POST', `/api/t/${ORG}/health-referral/facilities`, { nameKm: 'គ្លីនិកផ្កាឈូក (e2e)',
    nameEn: FACILITY, facilityKind: 'ngo-clinic', place: 'pp-daun-penh', sti: true, general: true, payment: 'free',
    hours: '08:00-20:00' }, token);
  const members = await call(base, 'POST', `/api/t/${ORG}/members/search`, { q: FIRST_MEMBER }, token);
  check(facility.status === 201 && members.status === 200, `the facility and the member answered ${facility.status}, ${members.status}`);
  const memberCode = members.body[0].memberCode;
  let referralId;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base);

    // from the directory: the facility is filled in, the person named by member code only
    await go(page, base, `/t/${ORG}/m/health-referral/facilities/${facility.body.id}`);
    await page.locator('module-detail a.button', { hasText: 'បញ្ជូនអ្នកណាម្នាក់ទៅកន្លែងនេះ' }).click();
    await page.waitForSelector('module-form #field-personKind');
    check(await page.locator('module-form #field-facilityId').count() === 0, 'the facility is asked for again');
    await page.selectOption('module-form #field-personKind', 'member');
    await page.fill('module-form #field-memberCode', memberCode);
    await page.selectOption('module-form #field-serviceCategory', 'sti');
    await page.selectOption('module-form #field-urgency', 'soon');
    await page.check('module-form #field-consentGiven');
    const made = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/health-referral/referrals'));
    await page.click('module-form button[type=submit]');
    const answer = await made;
    check(answer.status() === 201, `proposing the referral answered ${answer.status()}`);
    referralId = (await answer.json()).id;
    await until(() => page.url(), (url) => url.endsWith(`/referrals/${referralId}`), (url) => `after saving the app shows ${url}`);

    await go(page, base, `/t/${ORG}/m/health-referral/referrals/${referralId}`);
    await page.waitForSelector('module-detail dl');
    await until(() => detailValue(page, 'ការយល់ព្រម'), (v) => v === 'យល់ព្រម', (v) => `the consent shows ${v}`);
    await move(page, 'បញ្ជូនឥឡូវនេះ', 'ស្ថានភាព', 'បានបញ្ជូន');

    // the slip: an 8-character code and the place, nothing that would out the holder
    await page.locator('module-detail a.button', { hasText: 'ប័ណ្ណបញ្ជូន' }).click();
    const code = page.locator('health-referral-slip #slip-code');
    await untilText(code, (t) => /^[A-Z0-9]{8}$/.test(t.trim()), 'the slip shows no code');
    const slip = await page.locator('health-referral-slip').textContent();
    check(!slip.includes(memberCode) && !slip.includes(FIRST_MEMBER) && !slip.includes('កាមរោគ') && !slip.includes('អង្គការសាកល្បង'),
      `the slip names the person, the service or the organisation: ${slip}`);
    check(slip.includes('គ្លីនិកផ្កាឈូក'), 'the slip does not say where to go');
    const slipCode = (await code.textContent()).trim();

    // owed a follow-up in five days: in the queue when asked for the next ten days
    await go(page, base, `/t/${ORG}/m/health-referral/follow-ups`);
    await page.fill('module-list form.query #field-days', '10');
    await page.click('module-list form.query button[type=submit]');
    await untilText(page.locator('module-list tbody'), (t) => t.includes(slipCode), 'the queue does not list the referral');

    await go(page, base, `/t/${ORG}/m/health-referral/referrals/${referralId}`);
    await page.waitForSelector('module-detail dl');
    await move(page, 'អ្នកនោះបានទៅ', 'ស្ថានភាព', 'បានទៅ');
    await move(page, 'កត់ត្រាការតាមដាន', 'ស្ថានភាព', 'បានតាមដានរួច',
      () => page.selectOption('module-form #field-outcome', 'service-received'));
    await until(() => detailValue(page, 'លទ្ធផល'), (v) => v === 'បានទទួលសេវា', (v) => `the outcome shows ${v}`);
    await go(page, base, `/t/${ORG}/m/health-referral/follow-ups`);
    await page.fill('module-list form.query #field-days', '10');
    await page.click('module-list form.query button[type=submit]');
    await page.locator('module-list').waitFor();
    await until(async () => (await page.locator('module-list').textContent()).includes(slipCode), (listed) => !listed,
      () => 'a followed-up referral is still in the queue');

    // the home screen: the module's icon and its count of referrals overdue for follow-up, which opens the queue
    await go(page, base, `/t/${ORG}`);
    const overdue = page.locator('home-screen [data-count="health-referral.follow-ups-overdue"]');
    await untilText(overdue, (t) => t.includes('ការបញ្ជូនដែលហួសពេលតាមដាន'), 'the home screen does not count overdue follow-ups');
    check(await page.locator('home-screen section[data-group=health-referral] h2 svg path').count() === 1, 'health referral has no icon');
    await overdue.click();
    await page.waitForSelector('module-list form.query #field-days');

    // a referral made from the list opens what it created
    await go(page, base, `/t/${ORG}/m/health-referral/referrals`);
    await page.locator('module-list a.button', { hasText: 'បញ្ជូនអ្នកណាម្នាក់' }).click();
    await page.waitForSelector(`module-form #field-facilityId option[value="${facility.body.id}"]`, { state: 'attached' });
    await page.selectOption('module-form #field-facilityId', String(facility.body.id));
    await page.selectOption('module-form #field-personKind', 'member');
    await page.fill('module-form #field-memberCode', memberCode);
    await page.selectOption('module-form #field-serviceCategory', 'general');
    await page.selectOption('module-form #field-urgency', 'routine');
    const proposed = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/health-referral/referrals'));
    await page.click('module-form button[type=submit]');
    const created = await proposed;
    check(created.status() === 201, `proposing from the list answered ${created.status()}`);
    const createdId = (await created.json()).id;
    await until(() => page.url(), (url) => url.endsWith(`/referrals/${createdId}`), (url) => `after saving the app shows ${url}`);
    await page.waitForSelector('module-detail dl');
    await until(() => detailValue(page, 'ស្ថានភាព'), (v) => v === 'បានស្នើ', (v) => `the new referral shows ${v}`);
    await move(page, 'លុបចោលការបញ្ជូន', 'ស្ថានភាព', 'បានលុបចោល');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }

  try {
    const found = [];
    for (const language of ['km', 'en']) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
      await ctx.addInitScript((lang) => {
        try {
          localStorage.setItem('language', lang);
        } catch {
          /* a page without storage */
        }
      }, language);
      const page = await ctx.newPage();
      await loginThroughUi(page, base);
      for (const [screen, route, selector] of [
        ['facilities', `/t/${ORG}/m/health-referral/facilities`, 'module-list tbody tr'],
        ['facility', `/t/${ORG}/m/health-referral/facilities/${facility.body.id}`, 'module-detail dl'],
        ['facility form', `/t/${ORG}/m/health-referral/facility-new`, 'module-form form'],
        ['referral form', `/t/${ORG}/m/health-referral/referral-new`, 'module-form form'],
        ['referrals', `/t/${ORG}/m/health-referral/referrals`, 'module-list tbody tr'],
        ['referral', `/t/${ORG}/m/health-referral/referrals/${referralId}`, 'module-detail dl'],
        ['slip', `/t/${ORG}/m/health-referral/referral-slip/${referralId}`, 'health-referral-slip dl'],
        ['cost form', `/t/${ORG}/m/health-referral/referral-cost/${referralId}`, 'module-form form'],
        ['follow-ups', `/t/${ORG}/m/health-referral/follow-ups`, 'module-list form.query'],
        ['cost report', `/t/${ORG}/m/health-referral/cost-report`, 'module-table form'],
        ['my referrals', `/t/${ORG}/m/health-referral/my-referrals`, 'module-list'],
        ['home', `/t/${ORG}`, 'home-screen h1'],
      ]) {
        await go(page, base, route);
        await settled(page, selector);
        for (const v of await audit(page)) found.push(`${language} ${screen}: ${v.rule} (${v.impact}) ${v.help} at ${v.where.join(', ')}`);
      }
      await ctx.close();
    }
    console.log(`    axe: 24 health screens audited, ${found.length} violations`);
    check(found.length === 0, `axe found:\n${found.join('\n')}`);
  } finally {
    await call(base, 'PUT', `/api/t/${ORG}/modules/health-referral`, { enabled: false }, token);
  }
}
