// A legal-aid case walked through its record actions, as a paralegal would on a phone: opened,
// started, a confidential note and a hearing added, then closed with an outcome. Each step is a
// record form drawn from the module's UI definition; what the person sees is asserted after each.
import { ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, loginThroughUi, until, untilCount, untilText } from '../ui-steps.mjs';

export const name = 'a legal-aid case through its record actions: start, note, hearing, close';

const NOTE = 'Met her at the station; she asks for her ARV supply';

/** The text of the case's detail field labelled so (its <dt>), as the person reads it. */
function detailValue(page, label) {
  return page.locator('module-detail dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent();
}

async function recordAction(page, label) {
  await page.locator('module-detail a.button', { hasText: label }).click();
  await page.waitForSelector('module-form form');
}

async function submitAndReturn(page) {
  await page.click('module-form button[type=submit]');
  await page.waitForSelector('module-detail dl');
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const on = await call(base, 'PUT', `/api/t/${ORG}/modules/legal-aid`, { enabled: true }, token);
  check(on.status === 200, `switching legal aid on answered ${on.status}`);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base);

    // open a labour case for a walk-in client
    await page.click('home-screen a[data-menu=legal-aid-cases]');
    await page.locator('module-list a.button', { hasText: 'បើកករណីថ្មី' }).click();
    await page.selectOption('module-form #field-caseType', 'labour');
    await page.selectOption('module-form #field-clientKind', 'non-member');
    await page.selectOption('module-form #field-clientGroup', 'walk-in');
    await page.click('module-form button[type=submit]');
    // a new case opens the case itself, not the list
    await untilText(page.locator('module-detail dl'), (t) => t.includes('ការងារ'), 'the new case did not open');
    await until(() => detailValue(page, 'ស្ថានភាព'), (t) => t.trim() === 'កំពុងដំណើរការ', 'a new case is not open');
    await page.locator('module-detail a.button', { hasText: 'ចាប់ផ្ដើមករណី' }).waitFor();
    check(await page.locator('module-detail a.button', { hasText: 'បិទករណី' }).count() === 0, 'an open case offers to close');

    // start it: a form with nothing to fill but a confirmation
    await recordAction(page, 'ចាប់ផ្ដើមករណី');
    await untilText(page.locator('module-form h1'), (t) => t.includes('ចាប់ផ្ដើម'), 'the start form is not titled');
    await page.locator('module-form button[type=submit]').waitFor();
    check(await page.locator('module-form input, module-form select, module-form textarea').count() === 0, 'start asks for fields');
    await submitAndReturn(page);
    await page.locator('module-detail dd', { hasText: 'កំពុងដំណើរការ' }).waitFor();
    await untilCount(page.locator('module-detail a.button', { hasText: 'ចាប់ផ្ដើមករណី' }), 0, 'a started case offers to start');

    // a confidential note: written, then read only when asked for (each read is audited)
    await page.locator('module-related-list a.button', { hasText: 'សរសេរកំណត់ត្រា' }).click();
    await page.click('module-form button[type=submit]');
    const noteError = page.locator('module-form #field-text-error');
    await noteError.waitFor();
    await until(() => page.locator('module-form #field-text').getAttribute('aria-describedby'), (id) => id === 'field-text-error',
      'the empty note\'s error is not tied to its field');
    await page.fill('module-form #field-text', NOTE);
    await submitAndReturn(page);
    const notes = page.locator('module-related-list', { has: page.locator('h2', { hasText: 'កំណត់ត្រាសម្ងាត់' }) });
    await notes.locator('button', { hasText: 'បង្ហាញ' }).waitFor();
    check(!(await notes.textContent()).includes(NOTE), 'the notes were read before they were asked for');
    await notes.locator('button', { hasText: 'បង្ហាញ' }).click();
    await notes.locator('td', { hasText: NOTE }).waitFor();

    // a hearing on a day to come
    await page.locator('module-related-list a.button', { hasText: 'បន្ថែមសវនាការ' }).click();
    await page.selectOption('module-form #field-kind', 'hearing');
    await page.fill('module-form #field-dueOn', '2027-01-15');
    await submitAndReturn(page);
    const dates = page.locator('module-related-list', { has: page.locator('h2', { hasText: 'សវនាការ និងថ្ងៃផុតកំណត់' }) });
    const hearing = dates.locator('tbody tr', { hasText: 'សវនាការ' });
    await untilText(hearing, (t) => t.includes('ទេ'), 'the new hearing is shown as done');

    // closed with an outcome, which it then shows; it can be reopened, not started or closed again
    await recordAction(page, 'បិទករណី');
    await page.selectOption('module-form #field-outcome', 'resolved');
    await submitAndReturn(page);
    await page.locator('module-detail dd', { hasText: 'បានដោះស្រាយ' }).waitFor();
    await until(() => detailValue(page, 'ស្ថានភាព'), (t) => t.trim() === 'បានបិទ', 'the closed case is not shown closed');
    await until(() => page.locator('module-detail a.button').allTextContents(),
      (offered) => offered.some((t) => t.includes('បើកករណីឡើងវិញ')) && !offered.some((t) => t.includes('បិទករណី')),
      (offered) => `a closed case offers ${offered.join(', ')}`);
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
    await call(base, 'PUT', `/api/t/${ORG}/modules/legal-aid`, { enabled: false }, token);
  }
}
