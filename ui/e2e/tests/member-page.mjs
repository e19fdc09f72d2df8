// A chapter admin finds a member by a fragment of her Khmer name, opens her page with her dues
// standing and her legal-aid cases, corrects her working name, and a refused value (a birth date
// in the future) says why in Khmer beside the field.
import { CHAPTER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, loginThroughUi, untilText } from '../ui-steps.mjs';

export const name = 'member page: Khmer name search, standing and cases, name edit, a refusal beside its field';

const CHAPTER_ADMIN = { username: 'pageadmin', password: 'lantern-river-paddy-7731' };
const NAME = 'ស្រីពៅ កែវ';
const RENAMED = 'ស្រីពៅ ចាន់';
const MUST_BE_PAST = 'កាលបរិច្ឆេទនេះត្រូវតែនៅមុនថ្ងៃនេះ។';

async function ok(what, promise) {
  const answer = await promise;
  check(answer.status < 300, `${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const modules = ['legal-aid', 'union-dues'];
  for (const tenant of [ORG, CHAPTER]) {
    for (const id of modules) await ok(`${id} on at ${tenant}`, call(base, 'PUT', `/api/t/${tenant}/modules/${id}`, { enabled: true }, token));
  }
  await ok('a chapter admin', call(base, 'POST', `/api/t/${CHAPTER}/accounts`, { ...CHAPTER_ADMIN, roles: ['admin'] }, token));
  const member = await ok('a member of the chapter', call(base, 'POST', `/api/t/${ORG}/members`, { workingName: NAME, chapter: CHAPTER }, token));
  await ok('a case for her at the chapter', call(base, 'POST', `/api/t/${CHAPTER}/legal-aid/cases`,
    { caseType: 'court', clientKind: 'member', memberCode: member.memberCode }, token));
  const plan = await ok('a dues plan', call(base, 'POST', `/api/t/${ORG}/union-dues/plans`, { nameKm: 'វិភាគទានសាខា',
    nameEn: 'Chapter dues', currency: 'KHR', amountMinor: 200000, period: 'MONTHLY', startsOn: '2025-01-01', gracePeriods: 0 }, token));
  await ok('her enrolment', call(base, 'POST', `/api/t/${ORG}/union-dues/enrolments`,
    { memberCode: member.memberCode, planId: plan.id, startsOn: '2025-01-01' }, token));

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base, CHAPTER, CHAPTER_ADMIN);

    // found by a fragment from the middle of her Khmer name
    await page.click('home-screen a[data-menu=members]');
    await page.fill('member-register #q', 'ពៅ');
    await page.click('member-register button[type=submit]');
    await page.locator('member-register li a', { hasText: NAME }).click();
    await page.locator('member-detail h1', { hasText: NAME }).waitFor();
    await untilText(page.locator('member-detail #chapter'), (t) => t === 'សាខាសាកល្បង', 'the chapter is not named');

    // her whole relationship: the open case and the dues standing, each from its module
    const cases = page.locator('member-summaries [data-module=legal-aid]');
    await untilText(cases, (t) => t.includes('បើក') && t.includes('1'), 'her open case is not counted');
    const dues = page.locator('member-summaries [data-module=union-dues]');
    await untilText(dues, (t) => t.includes('មិនទាន់បង់គ្រប់'), 'her dues standing is not shown');

    // her working name corrected
    await page.click('member-edit #edit-member');
    await page.fill('member-edit #edit-workingName', RENAMED);
    await page.click('member-edit button[type=submit]');
    await page.locator('member-detail h1', { hasText: RENAMED }).waitFor();

    // a birth date in the future: the server refuses it, and the words are Khmer, beside the field
    await page.click('member-detail #reveal');
    await page.fill('reveal-dialog #reason', 'Checking her new ID card with her');
    await page.click('reveal-dialog button[type=submit]');
    await page.locator('member-detail #identity').waitFor();
    await page.click('identity-edit #edit-identity');
    await page.fill('identity-edit #dateOfBirth', '2999-01-01');
    await page.fill('identity-edit #reason', 'She brought her new ID card');
    await page.click('identity-edit button[type=submit]');
    await untilText(page.locator('identity-edit #dateOfBirth-problem'), (t) => t === MUST_BE_PAST,
      'the refusal is not said in Khmer beside the date');
    check(await page.locator('identity-edit #dateOfBirth').getAttribute('aria-invalid') === 'true', 'the date is not marked');
    check(!(await page.locator('identity-edit').textContent()).includes('must be'), 'the server\'s English reached the screen');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
    for (const tenant of [CHAPTER, ORG]) {
      for (const id of modules) await call(base, 'PUT', `/api/t/${tenant}/modules/${id}`, { enabled: false }, token);
    }
  }
}
