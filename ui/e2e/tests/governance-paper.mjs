// Two officials enter a chapter meeting's paper ballot box on their phones: the first enters the
// sign-in sheet's codes and the counts; the same official cannot confirm it (the screen says so in
// words, not "check the connection"); a second official's different counts are refused as such;
// the same counts confirm the box. Khmer first, then English, 360 px, axe at 0 on each screen.
import { audit, settled } from '../axe.mjs';
import { OPERATOR, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, untilCount, untilText } from '../ui-steps.mjs';

export const name = 'governance paper: two officials enter and confirm a paper ballot box on a phone';

const TENANT = 'e2e-gov-paper';
const ADMIN = { username: 'paperadmin', password: 'paper-admin-password-1' };
const SECOND = { username: 'papersecond', password: 'paper-second-password-1' };

async function expect(what, promise, status = 201) {
  const answer = await promise;
  check(answer.status === status, `${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** An organisation of its own (no dues module: every active member is on the roll), two officials, three members, an open motion. */
async function prepare(base) {
  const operator = await login(base, 'platform', OPERATOR.username, OPERATOR.password);
  await expect('the organisation', call(base, 'POST', '/api/tenants', { slug: TENANT, type: 'organisation',
    parent: 'platform', names: { km: 'អង្គការបោះឆ្នោតក្រដាស', en: 'Paper vote organisation' } }, operator));
  await expect('its admin', call(base, 'POST', `/api/t/${TENANT}/accounts`, { ...ADMIN, roles: ['admin'] }, operator));
  const token = await login(base, TENANT, ADMIN.username, ADMIN.password);
  await expect('governance on', call(base, 'PUT', `/api/t/${TENANT}/modules/governance`, { enabled: true }, token), 200);
  await expect('a second official', call(base, 'POST', `/api/t/${TENANT}/accounts`, { ...SECOND, roles: ['organiser'] }, token));
  const codes = [];
  for (const workingName of ['Bopha', 'Kanha', 'Leakhena']) {
    codes.push((await expect('a member', call(base, 'POST', `/api/t/${TENANT}/members`, { workingName }, token))).memberCode);
  }
  const motion = await expect('a motion', call(base, 'POST', `/api/t/${TENANT}/governance/elections`, { kind: 'motion',
    titleKm: 'តើយើងគួរបើកការិយាល័យថ្មីនៅកំពតទេ?', titleEn: 'Should we open an office in Kampot?', seats: 1,
    opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3_600_000).toISOString() }, token));
  const opened = await expect('opening', call(base, 'POST', `/api/t/${TENANT}/governance/elections/${motion.id}/open`, {}, token), 200);
  check(opened.eligible === 3, `the roll holds ${opened.eligible} members, not 3`);
  return { id: motion.id, codes };
}

async function phone(browser, language) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript((lang) => localStorage.setItem('language', lang), language);
  return context;
}

async function axeAndWidth(page, what) {
  const violations = await audit(page);
  check(violations.length === 0, `axe on ${what}: ${JSON.stringify(violations)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 360, `${what} is ${width} px wide at 360 px`);
}

/** Types the counts (yes, no, abstain) into a form's number fields, in ballot order. */
async function counts(form, votes) {
  const fields = form.locator('input[type=number]');
  await untilCount(fields, votes.length, 'the form does not ask a count for each answer');
  for (let i = 0; i < votes.length; i++) await fields.nth(i).fill(String(votes[i]));
}

export async function run({ browser, base }) {
  const { id, codes } = await prepare(base);
  const route = `/t/${TENANT}/m/governance/paper-boxes/${id}`;

  // the first official, in Khmer: enters the box, then may not confirm it
  const first = await phone(browser, 'km');
  const page = await first.newPage();
  await loginThroughUi(page, base, TENANT, ADMIN);
  await go(page, base, route);
  const screen = page.locator('governance-paper');
  await settled(page, 'governance-paper #paper-enter');
  await untilText(screen.locator('.intro'), (t) => t.includes('មន្ត្រីម្នាក់ទៀត'), 'the screen does not say in Khmer that another official confirms');
  await screen.locator('#paper-none').waitFor();
  await axeAndWidth(page, 'the paper-box screen (km)');
  await screen.locator('#paper-codes').fill(`${codes[0]}\n${codes[1]}`);
  await counts(screen.locator('#paper-enter'), [1, 1, 0]);
  await screen.locator('#paper-enter button[type=submit]').click();
  await untilText(screen.locator('#paper-notice'), (t) => t.includes('ប្រអប់ត្រូវបានបញ្ចូល'), 'the screen does not say the box was entered');
  await untilCount(screen.locator('.box'), 1, 'the entered box is not listed');
  await untilText(screen.locator('.box .state'), (t) => t.includes('រង់ចាំ'), 'the box does not wait for confirmation');
  check(!(await screen.locator('.box').textContent()).includes(codes[0]), 'the list shows a member code');

  await counts(screen.locator('form.confirm'), [1, 1, 0]);
  await screen.locator('form.confirm button[type=submit]').click();
  const refusal = await untilText(screen.locator('#paper-error'), (t) => t.includes('អ្នកបានបញ្ចូលប្រអប់នេះដោយខ្លួនឯង'),
    'the same official\'s confirmation is not refused in words');
  check(!refusal.includes('ការតភ្ជាប់'), `the refusal blames the connection: ${refusal}`);
  await axeAndWidth(page, 'the paper-box screen with a refusal (km)');
  await first.close();

  // the second official, in English: different counts are refused as such, the same ones confirm it
  const second = await phone(browser, 'en');
  const other = await second.newPage();
  await loginThroughUi(other, base, TENANT, SECOND);
  await go(other, base, route);
  const theirs = other.locator('governance-paper');
  await settled(other, 'governance-paper form.confirm');
  await counts(theirs.locator('form.confirm'), [2, 0, 0]);
  await theirs.locator('form.confirm button[type=submit]').click();
  await untilText(theirs.locator('#paper-error'), (t) => t.includes('differ from those entered'), 'different counts are not refused in words');
  await untilText(theirs.locator('.box .state'), (t) => t.includes('Waiting'), 'a refused box is no longer waiting');
  await counts(theirs.locator('form.confirm'), [1, 1, 0]);
  await theirs.locator('form.confirm button[type=submit]').click();
  await untilText(theirs.locator('#paper-notice'), (t) => t.includes('confirmed'), 'the screen does not say the box was confirmed');
  await untilText(theirs.locator('.box .state'), (t) => t.includes('Confirmed and counted'), 'the box is not shown counted');
  await untilCount(theirs.locator('form.confirm'), 0, 'a confirmed box still offers confirmation');
  await axeAndWidth(other, 'the paper-box screen, confirmed (en)');
  await second.close();
}
