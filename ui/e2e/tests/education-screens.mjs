// Education's other screens on a 360 px phone: an organiser enrols a child through the class's form
// and withdraws her through the class's row action (the first who waits takes the place), ticks a
// child's documents and barriers, and sets the organisation's retention period; a teacher corrects
// yesterday's mark on the attendance screen, which asks for a reason first. Each screen passes axe
// in Khmer and English and fits the width.
import { audit, settled } from '../axe.mjs';
import { FIRST_MEMBER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'education screens: enrol and withdraw, documents and barriers, retention, a correction with a reason';

const TEACHER = { username: 'e2e-teacher-screens', password: 'e2e-teacher-password-2' };
const ZONE = 'Asia/Phnom_Penh';
const PHONE = { viewport: { width: 360, height: 740 }, timezoneId: ZONE };

function day(offset) {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** axe in the language on screen, then in the other one (the switch toggles), and the width at 360 px. */
async function auditBoth(page, selector, what, englishWord) {
  await settled(page, selector);
  const first = await audit(page);
  check(first.length === 0, `axe on ${what} (km): ${JSON.stringify(first)}`);
  await page.click('language-switch button');
  await page.locator(selector, { hasText: englishWord }).first().waitFor();
  const second = await audit(page);
  check(second.length === 0, `axe on ${what} (en): ${JSON.stringify(second)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 360, `${what} is ${width} px wide at 360 px`);
  await page.click('language-switch button');
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const ok = async (what, promise) => {
    const answer = await promise;
    if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const edu = (path) => `/api/t/${ORG}/education/${path}`;
  await ok('switch education on', call(base, 'PUT', `/api/t/${ORG}/modules/education`, { enabled: true }, token));
  const errors = [];
  try {
    const members = await ok('the first member', call(base, 'POST', `/api/t/${ORG}/members/search`, { q: FIRST_MEMBER }, token));
    const guardianCode = members[0].memberCode;
    await ok('a teacher', call(base, 'POST', `/api/t/${ORG}/accounts`, { ...TEACHER, roles: ['teacher'] }, token));
    const centre = await ok('a centre', call(base, 'POST', edu('centres'), { name: 'Centre Screens' }, token));
    const teachers = await ok('teachers', call(base, 'GET', edu('teachers'), undefined, token));
    const teacherId = teachers.find((t) => t.username === TEACHER.username).accountId;
    const klass = await ok('a class of one place', call(base, 'POST', edu('classes'), { centreId: centre.id,
      subject: 'ENGLISH', level: 'one', teacherAccountId: teacherId, schedule: 'Tue 09:00', capacity: 1 }, token));
    const child = async (nickname) => (await ok(nickname, call(base, 'POST', edu('children'), { guardianCode, name: nickname,
      birthYear: 2015, centreId: centre.id, schoolStatus: 'OUT_OF_SCHOOL', consentVersion: 'edu-2026-1' }, token))).id;
    const kunthea = await child('Kunthea');
    const rithy = await child('Rithy');

    // the organiser enrols Kunthea through the class's form; Rithy, enrolled after, waits
    const phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base);
    await go(page, base, `/t/${ORG}/m/education/enrolment-new/${klass.id}`);
    await page.fill('module-form #field-childId', String(kunthea));
    await page.click('module-form button[type=submit]');
    const places = () => call(base, 'GET', edu(`classes/${klass.id}/enrolments`), undefined, token).then((a) => a.body);
    await until(places, (list) => list.length === 1 && list[0].childId === kunthea && list[0].status === 'ENROLLED',
      'Kunthea was not enrolled through the form');
    await ok('Rithy waits', call(base, 'POST', edu(`classes/${klass.id}/enrolments`), { childId: rithy }, token));

    // the class's page lists both, each with a way to withdraw; Kunthea is withdrawn
    await go(page, base, `/t/${ORG}/m/education/classes/${klass.id}`);
    const withdraw = page.locator(`a[href$="/enrolment-withdraw/${klass.id}/${kunthea}"]`);
    await withdraw.waitFor();
    await auditBoth(page, 'module-detail', 'the class with its children and waiting list', 'Waiting');
    await withdraw.click();
    await auditBoth(page, 'module-form', 'the withdrawal', 'Withdraw');
    await page.click('module-form button[type=submit]');
    await until(places, (list) => list.length === 1 && list[0].childId === rithy && list[0].status === 'ENROLLED',
      'Rithy did not take the place Kunthea left');

    // Rithy's documents and barriers, ticked on the child's page, under the school he is preparing for
    const school = await ok('a school', call(base, 'POST', edu('schools'), { name: 'Wat Phnom Primary' }, token));
    await ok('preparing', call(base, 'PUT', edu(`children/${rithy}/school`), { schoolId: school.id, grade: 2,
      status: 'PREPARING', statusSince: day(0) }, token));
    await go(page, base, `/t/${ORG}/m/education/child/${rithy}`);
    await page.locator(`module-detail a[href$="/school-needs/${rithy}"]`).click();
    await settled(page, 'education-school-needs .save');
    await untilText(page.locator('education-school-needs dl'), (t) => t.includes('Wat Phnom Primary') && t.includes('កំពុងត្រៀម'),
      'the checklist does not say where the child stands');
    await page.check('education-school-needs input[data-set=documentsNeeded][data-code=BIRTH_CERTIFICATE]');
    await page.check('education-school-needs input[data-set=documentsNeeded][data-code=FAMILY_BOOK]');
    await page.check('education-school-needs input[data-set=documentsObtained][data-code=FAMILY_BOOK]');
    await page.check('education-school-needs input[data-set=barriers][data-code=DISTANCE]');
    await page.click('education-school-needs .save');
    await untilText(page.locator('#needs-status'), (t) => t.includes('បានរក្សាទុក'), 'the checklist does not say it was saved');
    const path = await ok('the way back to school', call(base, 'GET', edu(`children/${rithy}/school`), undefined, token));
    check(JSON.stringify([path.documentsNeeded, path.documentsObtained, path.barriers])
      === JSON.stringify([['BIRTH_CERTIFICATE', 'FAMILY_BOOK'], ['FAMILY_BOOK'], ['DISTANCE']]), `saved: ${JSON.stringify(path)}`);
    await auditBoth(page, 'education-school-needs', 'documents and barriers', 'Birth certificate');

    // the retention period: 24 months until the organiser says otherwise
    await go(page, base, `/t/${ORG}`);
    await page.click('home-screen a[data-menu=education-retention]');
    const months = page.locator('education-retention #retention-months');
    await until(() => months.inputValue(), (v) => v === '24', 'the retention screen does not show the default');
    await months.fill('36');
    await page.click('education-retention .retention-save');
    await untilText(page.locator('#retention-status'), (t) => t.includes('បានរក្សាទុក'), 'the period was not saved');
    const setting = await ok('the period', call(base, 'GET', edu('retention'), undefined, token));
    check(setting.months === 36, `the period is ${setting.months}`);
    await auditBoth(page, 'education-retention', 'the retention period', 'Retention period');
    await phone.close();

    // the teacher corrects yesterday's mark: a reason first
    const teacher = await login(base, ORG, TEACHER.username, TEACHER.password);
    const yesterday = await ok('yesterday', call(base, 'POST', edu(`classes/${klass.id}/sessions`), { heldOn: day(-1),
      marks: [{ childId: rithy, status: 'ABSENT' }] }, teacher));
    const teacherPhone = await browser.newContext(PHONE);
    const screen = await teacherPhone.newPage();
    screen.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(screen, base, ORG, TEACHER);
    await go(screen, base, `/t/${ORG}/m/education/attendance/${klass.id}`);
    await settled(screen, 'education-attendance .att-send');
    await screen.fill('education-attendance #attendance-day', day(-1));
    const row = screen.locator(`education-attendance li[data-child="${rithy}"]`);
    await until(() => row.locator('button[data-mark=ABSENT]').getAttribute('aria-pressed'), (v) => v === 'true',
      'yesterday\'s mark is not on the screen');
    await screen.locator('education-attendance #attendance-reason').waitFor();
    await row.locator('button[data-mark=LATE]').click();
    await screen.click('education-attendance .att-send');
    await untilText(screen.locator('#attendance-status'), (t) => t.includes('មូលហេតុ'), 'no reason was asked for');
    const marks = () => call(base, 'GET', edu(`classes/${klass.id}/sessions/${yesterday.id}/marks`), undefined, teacher)
      .then((a) => a.body);
    check((await marks())[0].status === 'ABSENT', 'a correction without a reason was sent');
    await screen.fill('education-attendance #attendance-reason', 'came after the roll call');
    await screen.click('education-attendance .att-send');
    await untilText(screen.locator('#attendance-status'), (t) => t.includes('បានរក្សាទុកការកែ'), 'the correction was not saved');
    await until(marks, (list) => list[0].status === 'LATE' && list[0].corrected === true, 'the mark was not corrected');
    // the other language redraws the same screen: still yesterday, the correction and its reason kept
    await settled(screen, 'education-attendance #attendance-reason');
    const km = await audit(screen);
    check(km.length === 0, `axe on a correction after the day (km): ${JSON.stringify(km)}`);
    await screen.click('language-switch button');
    await screen.locator('education-attendance', { hasText: 'Reason for the correction' }).waitFor();
    check(await screen.inputValue('education-attendance #attendance-day') === day(-1), 'the day chosen was lost');
    check(await screen.inputValue('education-attendance #attendance-reason') === 'came after the roll call',
      'the reason written was lost');
    check(await row.locator('button[data-mark=LATE]').getAttribute('aria-pressed') === 'true', 'the tap was lost');
    await settled(screen, 'education-attendance #attendance-reason');
    const en = await audit(screen);
    check(en.length === 0, `axe on a correction after the day (en): ${JSON.stringify(en)}`);
    const width = await screen.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 360, `the correction screen is ${width} px wide at 360 px`);
    await teacherPhone.close();
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await call(base, 'PUT', `/api/t/${ORG}/modules/education`, { enabled: false }, token);
  }
}
