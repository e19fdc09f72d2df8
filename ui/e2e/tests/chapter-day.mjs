// A chapter admin's day on a phone, in Khmer: the home screen in groups with the counts that matter,
// union dues (kept at the organisation) showing nothing that cannot work at a chapter, every module
// screen offered there opening without an error, the Khmer digits switch, and axe at 0.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, settled } from '../axe.mjs';
import { CHAPTER, ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, go, loginThroughUi, until, untilText } from '../ui-steps.mjs';

export const name = 'a chapter admin\'s day: home groups and counts, nothing dead from union dues, Khmer digits, axe at 0';

const CHAPTER_ADMIN = { username: 'chapteradmin', password: 'chapter-admin-password-1' };
const MODULES = ['legal-aid', 'union-dues'];

async function prepare(base, token) {
  const ok = async (what, promise, also = []) => {
    const answer = await promise;
    if (answer.status >= 300 && !also.includes(answer.status)) throw new Error(`${what} answered ${answer.status}`);
    return answer.body;
  };
  for (const module of MODULES) {
    await ok(`${module} on at the organisation`, call(base, 'PUT', `/api/t/${ORG}/modules/${module}`, { enabled: true }, token));
    await ok(`${module} on at the chapter`, call(base, 'PUT', `/api/t/${CHAPTER}/modules/${module}`, { enabled: true }, token));
  }
  await ok('a chapter admin', call(base, 'POST', `/api/t/${CHAPTER}/accounts`, { ...CHAPTER_ADMIN, roles: ['admin'] }, token), [409]);
  const heldSince = new Date(Date.now() - 2 * 3600_000).toISOString();
  return ok('a detention at the chapter', call(base, 'POST', `/api/t/${CHAPTER}/legal-aid/detentions`, { placeKind: 'detention-centre',
    place: 'pp-meanchey', heldSince, reportedBy: 'peer', clientKind: 'non-member', clientGroup: 'walk-in' }, token));
}

async function noViolations(page, where, findings) {
  const violations = await audit(page);
  findings.push({ where, violations });
  check(violations.length === 0, `axe: ${where}: ${violations.map((v) => `${v.rule} ${v.where.join(' ')}`).join('; ')}`);
}

export async function run({ browser, base, workDir }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const detention = await prepare(base, token);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const findings = [];
    await loginThroughUi(page, base, CHAPTER, CHAPTER_ADMIN);

    // the groups: the register, legal aid under its icon, union dues for this chapter's members (its payments,
    // receipts and arrears, acting for the chapter at the organisation's ledger), running the group
    const groups = page.locator('home-screen section[data-group]');
    await until(() => groups.evaluateAll((all) => all.map((g) => g.dataset.group)),
      (ids) => ids.join() === 'register,legal-aid,union-dues,running', 'the chapter home is not grouped as expected');
    check(await page.locator('home-screen section[data-group=legal-aid] h2 svg path').count() === 1, 'legal aid has no icon');

    // the counts that matter, in Khmer
    const held = page.locator('home-screen [data-count="legal-aid.held-now"]');
    await untilText(held, (t) => t.startsWith('1 ') && t.includes('មនុស្សកំពុងជាប់ឃុំ'), 'people held now is not counted');
    const pending = page.locator('home-screen [data-count="core.pending"]');
    await untilText(pending, (t) => /^[0-9]/.test(t) && t.includes('កំពុងរង់ចាំការអនុម័ត'), 'members waiting are not counted');

    // the Khmer digits switch: visible, pressed, and every number follows at once
    const digits = page.locator('digits-switch button');
    check(await digits.isVisible(), 'the Khmer digits switch is not visible at 360 px');
    await digits.click();
    await until(() => digits.getAttribute('aria-pressed'), (v) => v === 'true', 'the digits switch is not pressed');
    await untilText(held, (t) => t.startsWith('១'), 'the count is not in Khmer digits');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= 360, `the page is wider than the phone (${wide} px)`);
    writeFileSync(join(workDir, 'chapter-home-km.png'), await page.screenshot({ fullPage: true }));
    await noViolations(page, 'chapter home, Khmer digits', findings);

    // every module screen offered at the chapter opens without "could not load"
    const entries = await page.locator('home-screen section[data-group=legal-aid] a[data-menu]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    check(entries.length >= 3, `legal aid offers the chapter admin only ${entries.length} screens`);
    const dues = await page.locator('home-screen section[data-group=union-dues] a[data-menu]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    check(dues.length >= 1, 'union dues offers the chapter admin nothing for the chapter');
    entries.push(...dues);
    for (const entry of entries) {
      await go(page, base, entry.slice(1));
      await settled(page, 'module-screen h1');
      check(await page.locator('module-screen [role=alert]').count() === 0, `${entry} shows an error at the chapter`);
    }

    // the count opens the queue it counts
    await go(page, base, `/t/${CHAPTER}`);
    await held.click();
    await settled(page, 'module-screen h1');
    check(page.url().endsWith(`/t/${CHAPTER}/m/legal-aid/detention-queue`), `the count opened ${page.url()}`);

    // the modules panel at the chapter: switches only for modules with a screen that works there
    await go(page, base, `/t/${CHAPTER}/admin/modules`);
    await settled(page, 'modules-panel input[data-module=legal-aid]');
    await noViolations(page, 'chapter modules panel', findings);
    writeFileSync(join(workDir, 'chapter-axe.json'), JSON.stringify(findings, null, 2));
    await digits.click();
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
    await call(base, 'POST', `/api/t/${CHAPTER}/legal-aid/detentions/${detention.id}/release`,
      { releasedAt: new Date().toISOString(), releaseOutcome: 'released' }, token);
    for (const module of MODULES) {
      await call(base, 'PUT', `/api/t/${CHAPTER}/modules/${module}`, { enabled: false }, token);
      await call(base, 'PUT', `/api/t/${ORG}/modules/${module}`, { enabled: false }, token);
    }
  }
}
