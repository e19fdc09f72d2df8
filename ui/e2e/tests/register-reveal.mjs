// The register: add, search, open, and reveal an identity only with a reason, which the audit shows.
import { check, loginThroughUi, untilCount, untilText } from '../ui-steps.mjs';

export const name = 'member register: search, detail, identity reveal with a reason, audited';

export async function run({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await loginThroughUi(page, base);
  await page.click('home-screen a[data-menu=members]');
  await page.click('member-register a.button');
  await page.fill('member-form #workingName', 'Dara');
  await page.fill('member-form #legalName', 'Sok Dara');
  await page.fill('member-form #phone', '012 345 678');
  await page.click('member-form button[type=submit]');
  await page.locator('member-detail h1', { hasText: 'Dara' }).waitFor();
  await page.locator('member-detail #reveal').waitFor();
  check(!(await page.locator('member-detail').textContent()).includes('Sok Dara'), 'the identity shows without a reveal');

  await page.click('member-detail a');
  await page.fill('member-register #q', 'Dara');
  await page.click('member-register button[type=submit]');
  // the range says how many match in all, from the server's X-Total-Count, in either language's words
  await untilText(page.locator('member-register p.range'), (text) => /^\s*1–(\d+) \S+ \1\s*$/.test(text),
    'the register does not say how many members the search found in all');
  await page.locator('member-register li a', { hasText: 'Dara' }).click();

  await page.click('#reveal');
  await page.fill('reveal-dialog #reason', 'too short');
  await page.click('reveal-dialog button[type=submit]');
  await page.locator('reveal-dialog .error').waitFor();
  await page.fill('reveal-dialog #reason', 'Court hearing on Monday: the lawyer needs her legal name');
  await page.click('reveal-dialog button[type=submit]');
  await page.locator('#identity', { hasText: 'Sok Dara' }).waitFor();
  await page.click('#identity button');
  await untilCount(page.locator('#identity'), 0, 'the identity stays on screen after hiding');

  await page.click('app-header nav a.button');
  await page.click('home-screen a[data-menu=admin]');
  await page.click('admin-console a[href$="/admin/audit"]');
  await page.fill('audit-panel #action', 'member.identity.revealed');
  await page.click('audit-panel button[type=submit]');
  await page.locator('audit-panel tbody tr', { hasText: 'Court hearing on Monday' }).waitFor();
  await context.close();
}
