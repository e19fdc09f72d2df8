// A team leader's outreach on a 360 px phone, in Khmer: at her chapter she logs a visit to a
// workplace (people as counts, condoms given, a raid heard of), sees what is left of the chapter's
// condoms go down, is refused in her own words when she would give more than is left, and invites
// someone who wants to join on the spot through the core's invite and its QR code. Then every
// organising screen is audited with axe in Khmer and in English.
import { auditScreens } from '../axe.mjs';
import { CHAPTER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'a team leader logs a visit at 360 px in Khmer, sees the stock go down, invites on the spot; axe in km and en';

const LEADER = { username: 'teamleader', password: 'team-leader-password-1' };
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const latin = (text) => [...text].map((c) => (KHMER_DIGITS.includes(c) ? String(KHMER_DIGITS.indexOf(c)) : c)).join('');

async function prepare(base, token) {
  const ok = async (what, promise, also = []) => {
    const answer = await promise;
    if (answer.status >= 300 && !also.includes(answer.status)) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  await ok('organising on at the organisation', call(base, 'PUT', `/api/t/${ORG}/modules/organising`, { enabled: true }, token));
  await ok('organising on at the chapter', call(base, 'PUT', `/api/t/${CHAPTER}/modules/organising`, { enabled: true }, token));
  // the chapter's team leader: the core's team-leader role where it has one, else an organiser at the chapter
  const leader = await call(base, 'POST', `/api/t/${CHAPTER}/accounts`, { ...LEADER, roles: ['team-leader'] }, token);
  if (leader.status === 400) {
    await ok('a team leader', call(base, 'POST', `/api/t/${CHAPTER}/accounts`, { ...LEADER, roles: ['organiser'] }, token), [409]);
  } else if (leader.status >= 300 && leader.status !== 409) {
    throw new Error(`a team leader answered ${leader.status}`);
  }
  const workplace = await ok('a workplace', call(base, 'POST', `/api/t/${CHAPTER}/organising/workplaces`, { label: 'KTV ផ្សារថ្មី (e2e)',
    workplaceKind: 'karaoke-ktv', place: 'pp-daun-penh', sangkat: 'Phsar Thmei', ownerAttitude: 'neutral', raidFrequency: 'monthly' }, token));
  await ok('condoms received', call(base, 'POST', `/api/t/${CHAPTER}/organising/stock/receipts`, { materialKind: 'male-condoms',
    quantity: 50, receivedOn: new Date().toISOString().slice(0, 10), source: 'Partner clinic' }, token));
  return workplace;
}

async function left(page) {
  return Number(latin((await page.locator('organising-visit-done [data-kind="male-condoms"]').textContent()).trim()));
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const workplace = await prepare(base, token);
  let visitId;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base, CHAPTER, LEADER);

    // the visit form, from the home screen's menu: quick numbers, one workplace, one problem heard
    await go(page, base, `/t/${CHAPTER}/m/organising/visit-new`);
    await page.waitForSelector(`module-form #field-workplaceId option[value="${workplace.id}"]`, { state: 'attached' });
    check(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'the visit form is wider than the phone');
    await page.selectOption('module-form #field-workplaceId', String(workplace.id));
    await page.fill('module-form #field-membersReturning', '2');
    await page.fill('module-form #field-othersNew', '3');
    await page.fill('module-form #field-invitedToJoin', '1');
    await page.fill('module-form #field-maleCondoms', '12');
    await page.check('module-form #field-raids');
    const logged = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/organising/visits'));
    await page.click('module-form button[type=submit]');
    const answer = await logged;
    check(answer.status() === 201, `logging the visit answered ${answer.status()}`);
    visitId = (await answer.json()).id;

    // once saved: what it counted, the stock left (50 - 12), and the next steps
    await until(() => page.url(), (url) => url.endsWith(`/visit-done/${visitId}`), (url) => `after saving the app shows ${url}`);
    await untilText(page.locator('organising-visit-done #visit-saved'), (t) => t.includes('បានរក្សាទុកការចុះជួប'), 'no word that the visit was saved');
    await until(() => left(page), (n) => n === 38, (n) => `the stock left shows ${n}, not 38`);
    check(latin(await page.locator('organising-visit-done #visit-reached').textContent()).trim() === '5', 'the people reached are not 5');
    check(await page.locator('organising-visit-done #start-legal-case').count() === 0, 'legal aid is off here, yet its step is offered');

    // more than is left: refused beside the field, in Khmer, and nothing taken
    await go(page, base, `/t/${CHAPTER}/m/organising/visit-new`);
    await page.waitForSelector(`module-form #field-workplaceId option[value="${workplace.id}"]`, { state: 'attached' });
    await page.selectOption('module-form #field-workplaceId', String(workplace.id));
    await page.fill('module-form #field-othersNew', '1');
    await page.fill('module-form #field-maleCondoms', '40');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/organising/visits'));
    await page.click('module-form button[type=submit]');
    check((await refused).status() === 409, 'giving more than is left was not refused');
    await untilText(page.locator('module-form #field-maleCondoms-error'), (t) => (t ?? '').includes('ស្តុក'),
      'the refusal is not said beside the condoms, in Khmer');

    // the stock list says the same
    await go(page, base, `/t/${CHAPTER}/m/organising/stock`);
    await untilText(page.locator('module-list tbody'), (t) => latin(t).includes('38'), 'the stock list does not show 38 left');
    // it pages and counts like every list: a row per kind of material
    await untilText(page.locator('module-list p.range'), (t) => latin(t) === '1–6 ក្នុងចំណោម 6', 'the stock list does not say it has 6 rows');

    // someone wants to join: the after-visit screen's step opens the core's invite, with its QR code
    await go(page, base, `/t/${CHAPTER}/m/organising/visit-done/${visitId}`);
    await page.locator('organising-visit-done #invite-now').click();
    await page.waitForSelector('invites-panel form');
    await page.fill('invites-panel #maxUses', '1');
    await page.fill('invites-panel #days', '1');
    await page.click('invites-panel button[type=submit]');
    await page.locator('invites-panel #issued invite-qr svg').waitFor();
    await untilText(page.locator('invites-panel #invite-link'), (t) => (t ?? '').includes(`/join/${CHAPTER}/`), 'no invite link to the chapter');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }

  const found = await auditScreens(browser, (page) => loginThroughUi(page, base, CHAPTER, LEADER), [
    ['visit form', `/t/${CHAPTER}/m/organising/visit-new`, 'module-form form'],
    ['after the visit', `/t/${CHAPTER}/m/organising/visit-done/${visitId}`, 'organising-visit-done dl'],
    ['visits', `/t/${CHAPTER}/m/organising/visits`, 'module-list tbody tr'],
    ['visit', `/t/${CHAPTER}/m/organising/visits/${visitId}`, 'module-detail dl'],
    ['stock', `/t/${CHAPTER}/m/organising/stock`, 'module-list tbody tr'],
    ['delivery form', `/t/${CHAPTER}/m/organising/stock-receipt-new`, 'module-form form'],
    ['workplaces', `/t/${CHAPTER}/m/organising/workplaces`, 'module-list tbody tr'],
    ['workplace form', `/t/${CHAPTER}/m/organising/workplace-new`, 'module-form form'],
    ['events', `/t/${CHAPTER}/m/organising/events`, 'module-list'],
    ['event form', `/t/${CHAPTER}/m/organising/event-new`, 'module-form form'],
    ['campaigns', `/t/${CHAPTER}/m/organising/campaigns`, 'module-list'],
    ['link form', `/t/${CHAPTER}/m/organising/workplace-link-new`, 'module-form form'],
    ['home', `/t/${CHAPTER}`, 'home-screen h1'],
  ]);
  console.log(`    axe: 26 organising screens audited, ${found.length} violations`);
  check(found.length === 0, `axe found:\n${found.join('\n')}`);
}
