// The network screens the accessibility test audits, and the data they show (made through the API):
// a network with an organisation that publishes members by chapter (one count shown, two hidden).
import { CHAPTER, OPERATOR, ORG, login } from './fixture.mjs';
import { adminInviteCode, chaptersWithMembers, inviteAdmin, makeTenant, publish } from './network-fixture.mjs';

const NETWORK = 'a11y-net';
const NET_ORG = 'a11y-net-org';
const NET_ADMIN = { username: 'a11y-netadmin', password: 'a11y network admin secret' };
const NET_ORG_ADMIN = { username: 'a11y-orgadmin', password: 'a11y organisation admin secret' };

const BLUEPRINT = `blueprint:
  id: regional-network
  for: network
  names: { km: បណ្ដាញថ្នាក់តំបន់, en: Regional network }
  roles:
    organiser: [tenant:read, tenant:create]
`;
const DEFINED = `network:
  slug: a11y-defined-net
  blueprint: regional-network
  names: { km: បណ្ដាញកំណត់, en: Defined network }
`;

/** Makes the network data; answers what the screen lists need. */
export async function prepareNetworkAudit(base) {
  const operator = await login(base, 'platform', OPERATOR.username, OPERATOR.password);
  await makeTenant(base, operator, NETWORK, 'network', 'platform', { km: 'បណ្ដាញពិនិត្យ', en: 'Audit network' });
  const network = await inviteAdmin(base, operator, NETWORK, NET_ADMIN);
  await makeTenant(base, network, NET_ORG, 'organisation', NETWORK, { km: 'អង្គការពិនិត្យ', en: 'Audit organisation' });
  const org = await inviteAdmin(base, network, NET_ORG, NET_ORG_ADMIN);
  await chaptersWithMembers(base, org, NET_ORG, { 'a11y-ch-a': 6, 'a11y-ch-b': 5, 'a11y-ch-c': 1 });
  await publish(base, org, NET_ORG, 'core.members-by-chapter');
  return { welcomeCode: await adminInviteCode(base, org, NET_ORG) };
}

const language = (page) => page.evaluate(() => localStorage.getItem('language') ?? 'km');

/** Screens opened without a login: [name, route, what shows once drawn, optional step]. */
export function publicNetworkScreens({ welcomeCode }) {
  const route = `/welcome/${NET_ORG}/${welcomeCode}`;
  return [
    ['admin invite: accepting', route, 'admin-invite-accept form'],
    ['admin invite: a field error', route, 'admin-invite-accept form', async (page) => {
      await page.fill('admin-invite-accept #username', 'a11y-someone');
      await page.fill('admin-invite-accept #password', 'short');
      await page.click('admin-invite-accept button[type=submit]');
      await page.locator('admin-invite-accept #password-error').waitFor();
    }],
  ];
}

/** More screens for the organisation's admin (the test's first login). */
export function orgAdminNetworkScreens() {
  return [
    ['admin: figures for the network', `/t/${ORG}/admin/indicators`, 'indicators-panel table.figures'],
    ['admin: accounts with an admin invite', `/t/${CHAPTER}/admin/accounts`, 'accounts-panel form', async (page) => {
      await page.click('accounts-panel admin-invite-issue #make');
      await page.locator('accounts-panel invite-qr svg').waitFor();
      await page.locator('accounts-panel admin-invite-issue #open-invites li').first().waitFor();
    }],
    // the invite the screen before made is still open (and shown): it is withdrawn
    ['admin: an admin invite withdrawn', `/t/${CHAPTER}/admin/accounts`, 'accounts-panel admin-invite-issue #open-invites li', async (page) => {
      page.once('dialog', (dialog) => dialog.accept());
      await page.click('accounts-panel admin-invite-issue #open-invites li button');
      await page.locator('accounts-panel admin-invite-issue #invite-status', { hasText: /\S/ }).waitFor();
    }],
    ['tenant tree: a new chapter and its admin invite', `/t/${ORG}/tenants`, 'tenant-tree h1', async (page) => {
      const slug = `a11y-ch-${await language(page)}`;
      await page.click('tenant-create summary');
      await page.fill('tenant-create #slug', slug);
      await page.fill('tenant-create #nameKm', 'សាខាពិនិត្យ');
      await page.fill('tenant-create #nameEn', 'Audit chapter');
      await page.click('tenant-create form button[type=submit]');
      await page.click('tenant-create admin-invite-issue button');
      await page.locator('tenant-create invite-qr svg').waitFor();
    }],
  ];
}

/** Screens of other people, each group after its own login. */
export function networkScreenGroups() {
  return [
    { tenant: NETWORK, user: NET_ADMIN, screens: [
      ['network dashboard', `/t/${NETWORK}/dashboard`, 'network-dashboard table.figures'],
      ['tenant tree of a network, its organisation has its admin', `/t/${NETWORK}/tenants`,
        'tenant-tree admin-invite-issue #has-admin'],
    ] },
    { tenant: 'platform', user: OPERATOR, screens: [
      ['tenant definitions: a dry run', '/t/platform/definitions', 'tenant-definitions form', async (page) => {
        await page.setInputFiles('tenant-definitions #files',
          [{ name: 'regional-network.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BLUEPRINT) }]);
        await page.fill('tenant-definitions #pasted', DEFINED);
        await page.click('tenant-definitions button[type=submit]');
        await page.locator('tenant-definitions #apply').waitFor();
      }],
      ['tenant definitions: a refusal', '/t/platform/definitions', 'tenant-definitions form', async (page) => {
        await page.fill('tenant-definitions #pasted', DEFINED + '  colour: red\n');
        await page.click('tenant-definitions button[type=submit]');
        await page.locator('tenant-definitions #problems td').first().waitFor();
      }],
    ] },
  ];
}
