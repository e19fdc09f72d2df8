// The network onboarding path through the page: the operator makes a network and its admin's
// invite; the invited admin accepts and is logged in, makes an organisation with its admin's
// invite, withdraws it as if it had leaked (its link then says so) and makes another; that admin
// accepts and publishes an indicator; the network's dashboard shows it with its small cells hidden.
import { audit } from '../axe.mjs';
import { OPERATOR, login } from '../fixture.mjs';
import { chaptersWithMembers } from '../network-fixture.mjs';
import { check, loginThroughUi, until, untilCount, untilText } from '../ui-steps.mjs';

export const name = 'network onboarding: network and organisation admins by invite, published figures on the dashboard';

const NETWORK = { slug: 'e2e-net', names: { km: 'បណ្ដាញសាកល្បង', en: 'Test network' } };
const NET_ORG = { slug: 'e2e-net-org', names: { km: 'អង្គការក្នុងបណ្ដាញ', en: 'Network member organisation' } };
const NET_ADMIN = { username: 'netadmin', password: 'network-admin-secret' };
const NET_ORG_ADMIN = { username: 'netorgadmin', password: 'organisation-admin-secret' };
const MEMBERS = { 'e2e-net-ch-a': 7, 'e2e-net-ch-b': 6, 'e2e-net-ch-c': 2 };
const INDICATOR = 'core.members-by-chapter';

/** Through the tenant tree: makes a tenant below this one, then its admin's invite; answers the link. */
async function createWithInvite(page, tenant, type) {
  await page.click('home-screen a[data-menu=tenants]');
  await page.click('tenant-create summary');
  await page.fill('tenant-create #slug', tenant.slug);
  await page.selectOption('tenant-create #type', type);
  await page.fill('tenant-create #nameKm', tenant.names.km);
  await page.fill('tenant-create #nameEn', tenant.names.en);
  await page.click('tenant-create form button[type=submit]');
  await untilText(page.locator('tenant-create #created'), (t) => t.includes(tenant.names.km), 'the new tenant is not named in the notice');
  await page.locator(`tenant-tree a[href="#/t/${tenant.slug}"]`).waitFor();
  await page.click('tenant-create admin-invite-issue button');
  await page.locator('tenant-create invite-qr svg rect').nth(5).waitFor();
  const link = await page.locator('tenant-create #admin-invite-link').inputValue();
  // the link is not printed even when wrong: it holds a working code
  check(link.startsWith(new URL(page.url()).origin + `/#/welcome/${tenant.slug}/`), 'the admin invite link is not a welcome link');
  return link;
}

/** Someone holding `link` tries it: the invite is refused plainly (used, withdrawn or expired). */
async function refused(browser, link, what) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.fill('admin-invite-accept #username', 'someone-else');
  await page.fill('admin-invite-accept #password', 'another-long-secret');
  await page.fill('admin-invite-accept #confirm', 'another-long-secret');
  await page.click('admin-invite-accept button[type=submit]');
  await untilText(page.locator('admin-invite-accept #invite-expired'), (t) => t.includes('លែងប្រើបានហើយ'), `a ${what} invite says otherwise`);
  await context.close();
}

/** The invite just made in tenant-create leaked: withdrawn from the list, its link refused; a new one is made. */
async function withdrawAndReissue(browser, page, leakedLink) {
  const issuer = 'tenant-create admin-invite-issue';
  const rows = page.locator(`${issuer} #open-invites li`);
  await rows.first().waitFor();
  await untilCount(rows, 1, 'open invites listed');
  check(!(await rows.first().textContent()).includes(leakedLink.split('/').pop()), 'the list shows a code');
  page.once('dialog', (dialog) => dialog.accept());
  await rows.first().locator('button').click();
  await page.locator(`${issuer} #invite-status`, { hasText: 'ដកវិញ' }).waitFor();
  await untilCount(page.locator(`${issuer} #admin-invite-link`), 0, 'the withdrawn link is still shown');
  await untilCount(rows, 0, 'the withdrawn invite is still listed');
  await refused(browser, leakedLink, 'withdrawn');
  await page.click(`${issuer} #make`);
  await page.locator(`${issuer} invite-qr svg rect`).nth(5).waitFor();
  return until(() => page.locator(`${issuer} #admin-invite-link`).inputValue(), (link) => link !== '' && link !== leakedLink,
    'the new invite has the old link or none');
}

/** On a phone of their own: opens the link, chooses a login, and lands logged in at home. */
async function accept(browser, link, user, tenant) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.fill('admin-invite-accept #username', user.username);
  await page.fill('admin-invite-accept #password', user.password);
  await page.fill('admin-invite-accept #confirm', user.password);
  await page.click('admin-invite-accept button[type=submit]');
  await untilText(page.locator('home-screen h1'), (heading) => heading === tenant.names.km, `the new admin did not land at ${tenant.slug}`);
  return { context, page };
}

/** The rows of the first figures table under `root`: [label, what is shown]. */
async function rows(page, root) {
  return page.locator(`${root} table.figures tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]));
}

export async function run({ browser, base }) {
  const desk = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const operator = await desk.newPage();
  await loginThroughUi(operator, base, 'platform', OPERATOR);
  const networkLink = await createWithInvite(operator, NETWORK, 'network');

  const net = await accept(browser, networkLink, NET_ADMIN, NETWORK);
  await net.page.click('home-screen a[data-menu=dashboard]');
  await net.page.locator('network-dashboard #nothing-published').waitFor();
  await net.page.click('app-header nav a.button');
  const leakedLink = await createWithInvite(net.page, NET_ORG, 'organisation');
  const orgLink = await withdrawAndReissue(browser, net.page, leakedLink);

  const org = await accept(browser, orgLink, NET_ORG_ADMIN, NET_ORG);
  // a used invite says so plainly
  await refused(browser, networkLink, 'used');

  // the register is filled in through the API: this test is about publishing, not adding members
  const token = await login(base, NET_ORG.slug, NET_ORG_ADMIN.username, NET_ORG_ADMIN.password);
  await chaptersWithMembers(base, token, NET_ORG.slug, MEMBERS);

  await org.page.click('home-screen a[data-menu=admin]');
  await org.page.click('admin-console a[href$="/admin/indicators"]');
  const item = `indicators-panel li[data-indicator="${INDICATOR}"]`;
  await org.page.locator(`${item} table.figures`).waitFor();
  // each chapter under its Khmer name, never its code
  const expected = JSON.stringify([['សាខា e2e-net-ch-a', '7'], ['សាខា e2e-net-ch-b', 'លាក់'], ['សាខា e2e-net-ch-c', 'លាក់']]);
  const preview = await until(() => rows(org.page, item), (shown) => JSON.stringify(shown) === expected, 'the preview shows other figures');
  await org.page.click(`${item} input[role=switch]`);
  await org.page.locator('indicators-panel [role=status]', { hasText: 'បានផ្សព្វផ្សាយ' }).waitFor();
  await until(() => org.page.locator(`${item} input[role=switch]`).isChecked(), (on) => on, 'the switch is off after publishing');

  await net.page.click('app-header nav a.button');
  await net.page.click('home-screen a[data-menu=dashboard]');
  const section = `network-dashboard section[data-organisation="${NET_ORG.slug}"]`;
  await net.page.locator(`${section} table.figures`).waitFor();
  await untilText(net.page.locator(`${section} h2`), (t) => t === NET_ORG.names.km, 'the organisation is not named');
  await untilText(net.page.locator(`${section} caption`), (t) => t.includes('សមាជិកសកម្មតាមសាខា'), 'the indicator is not named');
  await until(() => rows(net.page, section), (shown) => JSON.stringify(shown) === JSON.stringify(preview), 'the network does not see the preview');
  await untilText(net.page.locator(`${section} tfoot td`), (t) => t.trim() === '15', 'the total is not shown');
  await untilText(net.page.locator(section), (t) => t.includes('តិចជាង 5'), 'hidden cells are not explained');
  const violations = await audit(net.page);
  check(violations.length === 0, `axe: the network dashboard: ${violations.map((v) => `${v.rule} ${v.where.join(' ')}`).join('; ')}`);
  const wide = await net.page.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 360, `the dashboard is wider than the phone (${wide} px)`);

  await org.context.close();
  await net.context.close();
  await desk.close();
}
