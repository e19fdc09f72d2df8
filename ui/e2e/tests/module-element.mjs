// A module's own custom element, where data cannot say it: union dues' printable receipt, its
// script fetched from the core with the token and drawn with the context the app hands it. A new
// payment opens it at once; it prints without its buttons.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORG, ORG_ADMIN, call, enrolFirstMember, login } from '../fixture.mjs';
import { check, loginThroughUi, untilText } from '../ui-steps.mjs';

export const name = 'a module\'s custom element: a new payment opens its receipt, which loads from the core, renders and prints';

export async function run({ browser, base, workDir }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const on = await call(base, 'PUT', `/api/t/${ORG}/modules/union-dues`, { enabled: true }, token);
  check(on.status === 200, `switching union dues on answered ${on.status}`);
  try {
    const memberCode = await enrolFirstMember(base, token);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (r) => {
      if (r.url().includes('/elements/')) scripts.push({ status: r.status(), type: r.headers()['content-type'] ?? '' });
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await loginThroughUi(page, base);
    await page.click('home-screen a[data-menu=union-dues-payments]');
    await page.click('module-list a.button');
    await page.fill('module-form #field-memberCode', memberCode);
    await page.fill('module-form #field-amountMinor', '២៥០០');
    await page.selectOption('module-form #field-currency', 'KHR');
    // the day paid starts at today (the phone's date), as the definition declares
    const today = await page.evaluate(() => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000)
      .toISOString().slice(0, 10));
    check(await page.inputValue('module-form #field-paidOn') === today, 'the day paid does not start at today');
    await page.fill('module-form #field-paidOn', '2025-01-15');
    await page.selectOption('module-form #field-method', 'CASH');
    await page.click('module-form button[type=submit]');

    // a new payment opens its receipt at once, to print and hand over
    await page.waitForURL(/#\/t\/[^/]+\/m\/union-dues\/receipt\/\d+$/);
    const amount = page.locator('module-element union-dues-receipt #receipt-amount');
    await untilText(amount, (t) => t.replace(/[^0-9]/g, '') === '250000', 'the receipt shows another amount');
    await untilText(page.locator('module-element h1'), (t) => t.includes('បង្កាន់ដៃ'), 'the receipt is not titled in Khmer');
    await untilText(page.locator('union-dues-receipt'), (t) => t.includes('លេខបង្កាន់ដៃ'), 'the receipt does not speak Khmer');
    writeFileSync(join(workDir, 'receipt-km.png'), await page.screenshot({ fullPage: true }));
    // printed: the print button asks the browser to print, and the printout holds the receipt without the buttons
    await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
    await page.click('union-dues-receipt #receipt-print');
    await page.locator('body[data-printed=yes]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    await page.locator('union-dues-receipt #receipt-print').waitFor({ state: 'hidden' });
    check(await page.locator('union-dues-receipt #receipt-amount').isVisible(), 'the printout lacks the amount');
    writeFileSync(join(workDir, 'receipt-print.pdf'), await page.pdf());
    await page.emulateMedia({ media: 'screen' });
    check(scripts.length === 1 && scripts[0].status === 200 && scripts[0].type.startsWith('text/javascript'),
      `the element script was not served as JavaScript once: ${JSON.stringify(scripts)}`);

    await page.click('language-switch button');
    await page.locator('union-dues-receipt', { hasText: 'Receipt number' }).waitFor();
    await untilText(page.locator('module-element h1'), (t) => t.includes('Receipt'), 'the title did not follow the language');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
    await page.click('language-switch button');
    await context.close();
  } finally {
    await call(base, 'PUT', `/api/t/${ORG}/modules/union-dues`, { enabled: false }, token);
  }
}
