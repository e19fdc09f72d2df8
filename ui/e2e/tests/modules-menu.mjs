// Switching a module on makes its menu appear; its views are drawn from its UI definition.
import { check, loginThroughUi } from '../ui-steps.mjs';

export const name = 'enabling a module makes its menu appear, and its views work';

export async function run({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await loginThroughUi(page, base);
  check(await page.locator('a[data-menu=legal-aid-cases]').count() === 0, 'the module is in the menu before it is on');

  await page.click('home-screen a[data-menu=admin]');
  await page.click('admin-console a[href$="/admin/modules"]');
  await page.check('modules-panel input[data-module=legal-aid]');
  await page.click('app-header nav a.button');
  const entry = page.locator('home-screen a[data-menu=legal-aid-cases]');
  await entry.waitFor();
  check((await entry.textContent()).includes('ជំនួយផ្លូវច្បាប់'), 'the menu entry is not labelled in Khmer');

  await entry.click();
  await page.waitForSelector('module-list h1');
  await page.click('module-list a.button');
  await page.selectOption('module-form #field-caseType', 'detention');
  await page.selectOption('module-form #field-clientKind', 'non-member');
  await page.selectOption('module-form #field-clientGroup', 'walk-in');
  await page.click('module-form button[type=submit]');
  await page.waitForSelector('module-list td');
  check((await page.locator('module-list tbody').textContent()).includes('ការឃុំខ្លួន'), 'the new case is not listed');

  await page.click('app-header nav a.button');
  await page.click('home-screen a[data-menu=admin]');
  await page.click('admin-console a[href$="/admin/modules"]');
  await page.uncheck('modules-panel input[data-module=legal-aid]');
  await page.click('app-header nav a.button');
  await page.waitForSelector('home-screen #menu');
  await page.locator('a[data-menu=legal-aid-cases]').waitFor({ state: 'detached', timeout: 10_000 });
  await context.close();
}
