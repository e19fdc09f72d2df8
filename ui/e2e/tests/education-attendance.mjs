// Education on a phone: an organiser registers a child through the form (with the guardian's
// consent), the teacher takes the class's attendance on a 360 px screen in one request, and the
// third absence in a row puts the child on the teacher's follow-up list; the attendance screen and
// the follow-up list pass axe in Khmer and English.
import { audit, settled } from '../axe.mjs';
import { FIRST_MEMBER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'education: register a child, take attendance at 360 px, see the three-absences follow-up';

const TEACHER = { username: 'e2e-teacher', password: 'e2e-teacher-password-1' };
const ZONE = 'Asia/Phnom_Penh';

function day(offset) {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const ok = async (what, promise) => {
    const answer = await promise;
    if (answer.status >= 300) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  await ok('switch education on', call(base, 'PUT', `/api/t/${ORG}/modules/education`, { enabled: true }, token));
  try {
    const members = await ok('the first member', call(base, 'POST', `/api/t/${ORG}/members/search`, { q: FIRST_MEMBER }, token));
    const guardianCode = members[0].memberCode;
    await ok('a teacher', call(base, 'POST', `/api/t/${ORG}/accounts`, { ...TEACHER, roles: ['teacher'] }, token));
    const centre = await ok('a centre', call(base, 'POST', `/api/t/${ORG}/education/centres`, { name: 'Centre E2E' }, token));
    const teachers = await ok('teachers', call(base, 'GET', `/api/t/${ORG}/education/teachers`, undefined, token));
    const teacherId = teachers.find((t) => t.username === TEACHER.username).accountId;
    const klass = await ok('a class', call(base, 'POST', `/api/t/${ORG}/education/classes`, { centreId: centre.id,
      subject: 'KHMER', level: 'beginners', teacherAccountId: teacherId, schedule: 'Mon, Wed 08:00', capacity: 20 }, token));

    // the organiser registers a child through the form, on a phone
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, timezoneId: ZONE });
    const page = await phone.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base);
    await page.click('home-screen a[data-menu=education-children]');
    await page.click('module-list a.button');
    await page.fill('module-form #field-guardianCode', guardianCode);
    await page.fill('module-form #field-name', 'Dara');
    await page.fill('module-form #field-birthYear', '2016');
    await until(() => page.locator('module-form #field-centreId option').count(), (n) => n > 1, 'no centre to choose');
    await page.selectOption('module-form #field-centreId', String(centre.id));
    await page.selectOption('module-form #field-schoolStatus', 'OUT_OF_SCHOOL');
    await page.selectOption('module-form #field-consentVersion', 'edu-2026-1');
    await page.click('module-form button[type=submit]');
    // the new child opens, name and all
    await untilText(page.locator('module-detail dl'), (t) => t.includes('Dara'), 'the new child did not open');
    const children = await until(async () => (await call(base, 'GET', `/api/t/${ORG}/education/children`, undefined, token)).body,
      (list) => list.length === 1, 'the child was not registered');
    const dara = children[0].id;
    const sokha = (await ok('a second child', call(base, 'POST', `/api/t/${ORG}/education/children`, { guardianCode,
      name: 'Sokha', birthYear: 2015, centreId: centre.id, schoolStatus: 'PREPARING', consentVersion: 'edu-2026-1' }, token))).id;
    for (const child of [dara, sokha]) {
      await ok('enrol', call(base, 'POST', `/api/t/${ORG}/education/classes/${klass.id}/enrolments`, { childId: child }, token));
    }
    const teacher = await login(base, ORG, TEACHER.username, TEACHER.password);
    for (const offset of [-2, -1]) {
      await ok('an earlier session', call(base, 'POST', `/api/t/${ORG}/education/classes/${klass.id}/sessions`, { heldOn: day(offset),
        marks: [{ childId: dara, status: 'ABSENT' }, { childId: sokha, status: 'PRESENT' }] }, teacher));
    }
    await phone.close();

    // the teacher takes today's attendance: one tap per child, one request
    const teacherPhone = await browser.newContext({ viewport: { width: 360, height: 740 }, timezoneId: ZONE });
    const screen = await teacherPhone.newPage();
    screen.on('pageerror', (e) => errors.push(e.message));
    const posts = [];
    screen.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/sessions')) posts.push(r.url()); });
    await loginThroughUi(screen, base, ORG, TEACHER);
    await go(screen, base, `/t/${ORG}/m/education/attendance/${klass.id}`);
    const row = (child) => screen.locator(`education-attendance li[data-child="${child}"]`);
    await untilText(row(dara), (t) => t.includes('Dara'), 'the attendance screen does not list Dara');
    await settled(screen, 'education-attendance .att-send');
    const kmViolations = await audit(screen);
    check(kmViolations.length === 0, `axe on the attendance screen (km): ${JSON.stringify(kmViolations)}`);
    const width = await screen.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 360, `the attendance screen is ${width} px wide at 360 px`);
    await row(dara).locator('button[data-mark=ABSENT]').click();
    await row(sokha).locator('button[data-mark=PRESENT]').click();
    await screen.click('education-attendance .att-send');
    await untilText(screen.locator('#attendance-status'), (t) => t.includes('បានផ្ញើ'), 'the screen does not say it was sent');
    check(posts.length === 1, `attendance went in ${posts.length} requests, not one`);

    await screen.click('language-switch button');
    await screen.locator('education-attendance', { hasText: 'Send attendance' }).waitFor();
    const enViolations = await audit(screen);
    check(enViolations.length === 0, `axe on the attendance screen (en): ${JSON.stringify(enViolations)}`);

    // the third absence in a row: Dara is on the teacher's follow-up list
    await go(screen, base, `/t/${ORG}`);
    await untilText(screen.locator('home-screen [data-count="education.follow-up"]'),
      (t) => /^1\D/.test(t) && t.includes('Children on the follow-up list'), 'the home screen does not count Dara to follow up');
    await screen.click('home-screen a[data-menu=education-follow-up]');
    await untilText(screen.locator('module-list table'), (t) => t.includes('Dara') && !t.includes('Sokha'),
      'the follow-up list does not show Dara alone');
    await settled(screen, 'module-list table');
    const followEn = await audit(screen);
    check(followEn.length === 0, `axe on the follow-up list (en): ${JSON.stringify(followEn)}`);
    await screen.click('language-switch button');
    await untilText(screen.locator('module-list table'), (t) => t.includes('Dara') && t.includes('ឈ្មោះ'), 'the follow-up list in Khmer');
    const followKm = await audit(screen);
    check(followKm.length === 0, `axe on the follow-up list (km): ${JSON.stringify(followKm)}`);
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
    await teacherPhone.close();
  } finally {
    await call(base, 'PUT', `/api/t/${ORG}/modules/education`, { enabled: false }, token);
  }
}
