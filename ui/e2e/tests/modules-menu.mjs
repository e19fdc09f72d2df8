// Switching a module on makes its menu appear; its views are drawn from its UI definition.
import { audit } from '../axe.mjs';
import { check, loginThroughUi, untilText } from '../ui-steps.mjs';

export const name = 'enabling a module makes its menu appear, and its views work';

/** Flips legal aid's switch and waits for the server's answer and the panel saying it is `state` now. */
async function switchLegalAid(page, flip, state) {
  const answered = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/modules/legal-aid'));
  await flip();
  const answer = await answered;
  check(answer.ok(), `switching legal aid ${state} answered ${answer.status()}`);
  await page.locator('modules-panel li', { hasText: 'ជំនួយផ្លូវច្បាប់' }).locator('span', { hasText: state === 'on' ? 'កំពុងប្រើ' : 'មិនប្រើ' }).waitFor();
}

export async function run({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await loginThroughUi(page, base);
  await page.locator('home-screen #menu').waitFor();
  check(await page.locator('a[data-menu=legal-aid-cases]').count() === 0, 'the module is in the menu before it is on');

  await page.click('home-screen a[data-menu=admin]');
  await page.click('admin-console a[href$="/admin/modules"]');
  await switchLegalAid(page, () => page.check('modules-panel input[data-module=legal-aid]'), 'on');
  await page.click('app-header nav a.button');
  const entry = page.locator('home-screen a[data-menu=legal-aid-cases]');
  await untilText(entry, (t) => t.includes('ជំនួយផ្លូវច្បាប់'), 'the menu entry is not labelled in Khmer');

  await entry.click();
  await page.waitForSelector('module-list h1');
  await page.click('module-list a.button');
  await page.selectOption('module-form #field-caseType', 'detention');
  await page.selectOption('module-form #field-clientKind', 'non-member');
  await page.selectOption('module-form #field-clientGroup', 'walk-in');
  await page.click('module-form button[type=submit]');
  // a new case opens the case
  await untilText(page.locator('module-detail dl'), (t) => t.includes('ការឃុំខ្លួន'), 'the new case did not open');

  await page.click('app-header nav a.button');
  await page.click('home-screen a[data-menu=admin]');
  await page.click('admin-console a[href$="/admin/modules"]');
  // switching off asks first, and says nothing is deleted; a cancel leaves it on
  await page.click('modules-panel input[data-module=legal-aid]');
  await untilText(page.locator('modules-panel #off-text'), (t) => t.includes('គ្មានអ្វីត្រូវលុបទេ'), 'switching off did not ask');
  const violations = await audit(page);
  check(violations.length === 0, `the question before switching off: ${JSON.stringify(violations)}`);
  await page.click('modules-panel #confirm-off-no');
  await page.locator('modules-panel #confirm-off').waitFor({ state: 'detached' });
  check(await page.isChecked('modules-panel input[data-module=legal-aid]'), 'a cancelled switch-off left the module off');
  await page.click('modules-panel input[data-module=legal-aid]');
  await switchLegalAid(page, () => page.click('modules-panel #confirm-off-yes'), 'off');
  await page.click('app-header nav a.button');
  await page.waitForSelector('home-screen #menu');
  await page.locator('a[data-menu=legal-aid-cases]').waitFor({ state: 'detached', timeout: 10_000 });
  await context.close();
}
