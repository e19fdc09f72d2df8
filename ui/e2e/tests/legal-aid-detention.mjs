// A paralegal's rapid response on a phone: a detention reported from the on-call queue, the needs
// found when the person is reached recorded (the queue says "not asked yet" until then, never 0),
// one met, then the release recorded, after which the person leaves the queue. Done as a paralegal
// (not the admin), with axe at 0 on the queue, the form and the detail.
import { audit } from '../axe.mjs';
import { ORG, ORG_ADMIN, call, login } from '../fixture.mjs';
import { check, loginThroughUi, untilCount, untilText } from '../ui-steps.mjs';

export const name = 'a detention from report to release, with its needs recorded and met';

const NEEDS = 'តម្រូវការ';
const HIV_MEDICINE = 'ថ្នាំប្រឆាំងមេរោគអេដស៍ (ARV)';
const PARALEGAL = { username: 'paralegal-oncall', password: 'paralegal-oncall-password-1' };

async function noViolations(page, where) {
  const violations = await audit(page);
  check(violations.length === 0, `axe: ${where}: ${violations.map((v) => `${v.rule} ${v.where.join(' ')}`).join('; ')}`);
}

/** The detention's needs list on its detail. */
function needs(page) {
  return page.locator('module-related-list', { has: page.locator('h2', { hasText: NEEDS }) });
}

export async function run({ browser, base }) {
  const token = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  const on = await call(base, 'PUT', `/api/t/${ORG}/modules/legal-aid`, { enabled: true }, token);
  check(on.status === 200, `switching legal aid on answered ${on.status}`);
  const account = await call(base, 'POST', `/api/t/${ORG}/accounts`, { ...PARALEGAL, roles: ['paralegal'] }, token);
  check(account.status === 201 || account.status === 409, `the paralegal's account answered ${account.status}`);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loginThroughUi(page, base, ORG, PARALEGAL);

    // a peer calls: someone is held at the Toul Kork police station since last night
    await page.click('home-screen a[data-menu=legal-aid-detentions]');
    await page.locator('module-list table, module-list p.muted').first().waitFor();
    await noViolations(page, 'the on-call queue');
    await page.locator('module-list a.button', { hasText: 'កត់ត្រាការឃុំខ្លួន' }).click();
    await page.waitForSelector('module-form #field-clientKind');
    await noViolations(page, 'the new detention form');
    await page.selectOption('module-form #field-clientKind', 'non-member');
    await page.selectOption('module-form #field-clientGroup', 'walk-in');
    await page.selectOption('module-form #field-placeKind', 'police-station');
    await page.selectOption('module-form #field-place', 'pp-toul-kork');
    await page.fill('module-form #field-heldSince', '2026-11-30T22:00');
    await page.selectOption('module-form #field-reportedBy', 'peer');
    await page.click('module-form button[type=submit]');

    // saved, the detention opens itself, its needs ready to record; in the queue, her needs read as
    // not asked yet rather than as none unmet
    await untilCount(page.locator('module-detail dl'), 1, 'a new detention does not open itself once saved');
    await needs(page).locator('a.button', { hasText: 'កត់ត្រាតម្រូវការ' }).waitFor();
    await noViolations(page, 'the new detention');
    await page.click('app-header nav a.button');
    await page.click('home-screen a[data-menu=legal-aid-detentions]');
    const row = page.locator('module-list tbody tr', { hasText: 'ខណ្ឌទួលគោក' }).first();
    await untilText(row, (t) => t.includes('មិនទាន់សួរ'), 'a new detention does not say its needs are not asked yet');
    await row.locator('a').click();
    await page.waitForSelector('module-detail dl');

    // reached at the station: she has no ARV with her
    await needs(page).locator('a.button', { hasText: 'កត់ត្រាតម្រូវការ' }).click();
    await page.selectOption('module-form #field-need', 'hiv-medicine');
    await page.click('module-form button[type=submit]');
    await page.waitForSelector('module-detail dl');
    const arv = needs(page).locator('tbody tr', { hasText: HIV_MEDICINE });
    await untilText(arv, (t) => t.includes('ទេ'), 'the new need is not shown as not met');
    await untilText(page.locator('module-detail dl'), (t) => t.includes('មានតម្រូវការមិនទាន់បំពេញ'),
      'the detention does not say a need is not met');

    // her medicine is brought: the need is marked met
    await arv.locator('a.button', { hasText: 'បានបំពេញ' }).click();
    await page.waitForSelector('module-form form');
    await page.click('module-form button[type=submit]');
    await page.waitForSelector('module-detail dl');
    await untilText(needs(page).locator('tbody tr', { hasText: HIV_MEDICINE }), (t) => t.includes('មែន'),
      'the need is not shown as met');
    await untilText(page.locator('module-detail dl'), (t) => t.includes('បានបំពេញទាំងអស់'), 'the detention does not say all is met');

    // released the next morning: recorded, and she leaves the on-call queue
    await page.locator('module-detail a.button', { hasText: 'កត់ត្រាការដោះលែង' }).click();
    await page.fill('module-form #field-releasedAt', '2026-12-01T09:30');
    await page.selectOption('module-form #field-releaseOutcome', 'released');
    await page.click('module-form button[type=submit]');
    await page.waitForSelector('module-detail dl');
    await untilCount(page.locator('module-detail a.button', { hasText: 'កត់ត្រាការដោះលែង' }), 0,
      'a released detention still offers to record the release');
    await page.click('app-header nav a.button');
    await page.click('home-screen a[data-menu=legal-aid-detentions]');
    // the queue has loaded (its table, or the words for an empty one) before it is searched
    await page.locator('module-list table, module-list p.muted').first().waitFor();
    await untilCount(page.locator('module-list tbody tr', { hasText: 'ខណ្ឌទួលគោក' }), 0, 'the released person is still in the on-call queue');
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  } finally {
    await context.close();
    await call(base, 'PUT', `/api/t/${ORG}/modules/legal-aid`, { enabled: false }, token);
  }
}
