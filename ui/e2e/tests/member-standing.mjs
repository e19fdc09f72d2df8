// A member is suspended and taken back, then erased on her request after a plain warning.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { untilCount, untilText, loginThroughUi } from '../ui-steps.mjs';

export const name = 'member standing: suspend, take back, erase after a warning';

const WORKING_NAME = 'Bopha';

export async function run({ browser, base, workDir }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await loginThroughUi(page, base);
  await page.click('home-screen a[data-menu=members]');
  await page.click('member-register a.button');
  await page.fill('member-form #workingName', WORKING_NAME);
  await page.click('member-form button[type=submit]');
  await page.locator('member-detail h1', { hasText: WORKING_NAME }).waitFor();

  await page.click('member-standing #suspend');
  await page.locator('member-detail dd', { hasText: 'ផ្អាក' }).waitFor();
  await page.click('member-standing #reinstate');
  await page.locator('member-detail dd', { hasText: 'សកម្ម' }).waitFor();
  await page.locator('member-standing #suspend').waitFor();

  // the warning says plainly that there is no way back; cancelling changes nothing
  await page.click('member-standing #erase');
  const warning = page.locator('member-standing dialog[open]');
  await warning.waitFor();
  await untilText(warning, (t) => t.includes('មិនអាចត្រឡប់វិញបានទេ'), 'the erasure warning does not say it cannot be undone');
  writeFileSync(join(workDir, 'erasure-warning-km.png'), await page.screenshot());
  await warning.locator('button.secondary').click();
  await warning.waitFor({ state: 'hidden' });
  await page.locator('member-detail h1', { hasText: WORKING_NAME }).waitFor();

  await page.click('member-standing #erase');
  await page.click('member-standing #erase-confirm');
  await page.locator('member-detail [role=status]', { hasText: 'លុប' }).waitFor();

  await page.click('member-detail a');
  await page.fill('member-register #q', WORKING_NAME);
  await page.click('member-register button[type=submit]');
  await page.locator('member-register [role=status]', { hasText: 'រកមិនឃើញ' }).waitFor();
  await untilCount(page.locator('member-register li'), 0, 'the erased member is still in the register');
  await context.close();
}
