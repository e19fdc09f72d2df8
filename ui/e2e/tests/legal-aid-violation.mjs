// Documenting a rights violation through legal aid's own form (nested acts and victims, a custom
// element where data cannot say it), then reading it back on the violation's detail.
import { ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, loginThroughUi, until, untilCount } from '../ui-steps.mjs';

export const name = 'a legal-aid violation documented with its acts and victims, then shown';

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
    await page.click('home-screen a[data-menu=legal-aid-violations]');
    await page.locator('module-list a.button', { hasText: 'កត់ត្រាការរំលោភសិទ្ធិ' }).click();
    const form = page.locator('legal-aid-violation-form');
    await form.locator('form').waitFor();

    await form.locator('button[type=submit]').click();
    await form.locator('#violation-day-error').waitFor();
    await untilCount(form.locator('[aria-invalid="true"]'), 4, 'the empty form does not mark its four required fields');

    await form.locator('#violation-day').fill('2026-10-02');
    await form.locator('#violation-place').selectOption('pp-toul-kork');
    await form.locator('#violation-consent').check();
    await form.locator('#act-0-type').selectOption('extortion');
    await form.locator('#act-0-perpetrator').selectOption('police');
    await form.locator('button', { hasText: 'បន្ថែមជនរងគ្រោះ' }).click();
    await form.locator('#act-0-victim-1').waitFor();
    await form.locator('button', { hasText: 'បន្ថែមអំពើ' }).click();
    await form.locator('#act-1-type').selectOption('condoms-as-evidence');
    await form.locator('#act-1-perpetrator').selectOption('police');
    await form.locator('button[type=submit]').click();
    await form.locator('[role=status]', { hasText: 'បានកត់ត្រាការរំលោភសិទ្ធិ' }).waitFor();

    await page.locator('module-element a', { hasText: 'ថយក្រោយ' }).click();
    await page.locator('module-list tbody tr', { hasText: 'ខណ្ឌទួលគោក' }).first().locator('a').click();
    const acts = page.locator('module-related-list', { has: page.locator('h2', { hasText: 'អំពើរំលោភ' }) });
    await acts.locator('td', { hasText: 'ការជំរិតទារប្រាក់' }).waitFor();
    await until(() => acts.locator('tbody tr').allTextContents(), (rows) => rows.length === 2 && rows[0].includes('ប៉ូលីស') && rows[0].includes('2'),
      (rows) => `the acts are not shown as documented: ${rows.join(' | ')}`);
    await untilCount(page.locator('module-detail a.button', { hasText: 'ដកការយល់ព្រមវិញ' }), 1,
      'a consented violation does not offer to withdraw consent');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
    await call(base, 'PUT', `/api/t/${ORG}/modules/legal-aid`, { enabled: false }, token);
  }
}
