// The connection drops in the middle of a form: one banner says so, the form keeps what was typed,
// and it is sent once the connection is back (by itself) or when the person presses "try again".
// Nothing typed lands in the browser's storage or the service worker's cache.
import { audit } from '../axe.mjs';
import { check, loginThroughUi, untilCount } from '../ui-steps.mjs';

export const name = 'offline in the middle of a form: one banner, typed values kept, sent again';

const BANNER = 'connection-banner aside';

async function newMember(page, workingName) {
  await page.click('app-header nav a.button');
  await page.click('home-screen a[data-menu=members]');
  await page.click('member-register a.button');
  await page.fill('member-form #workingName', workingName);
  await page.fill('member-form #phone', '012 987 654');
}

async function kept(page, workingName) {
  check(await page.inputValue('member-form #workingName') === workingName, 'the working name was lost');
  check(await page.inputValue('member-form #phone') === '012 987 654', 'the phone was lost');
  await untilCount(page.locator('member-form p.error'), 0, 'the form adds its own error to the banner');
}

export async function run({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await loginThroughUi(page, base);

  // the device goes offline while the form is being filled in; back online, it is sent by itself
  await newMember(page, 'Srey Offline');
  await context.setOffline(true);
  await page.locator(BANNER).waitFor();
  await page.click('member-form button[type=submit]');
  await page.click('member-form button[type=submit]');
  await kept(page, 'Srey Offline');
  await untilCount(page.locator(BANNER), 1, 'one banner, however many sends failed');
  const violations = await audit(page);
  check(violations.length === 0, `axe with the banner shown: ${JSON.stringify(violations)}`);
  await context.setOffline(false);
  await page.locator('member-detail h1', { hasText: 'Srey Offline' }).waitFor();
  await untilCount(page.locator(BANNER), 0, 'the banner stays once the connection is back');

  // the server cannot be reached though the device thinks it is online: "try again" sends it
  await newMember(page, 'Dara Retry');
  const drop = (route) => route.abort('connectionrefused');
  await page.route('**/api/**', drop);
  await page.click('member-form button[type=submit]');
  await page.locator(BANNER).waitFor();
  await kept(page, 'Dara Retry');
  await page.unroute('**/api/**', drop);
  await page.click(`${BANNER} button`);
  await page.locator('member-detail h1', { hasText: 'Dara Retry' }).waitFor();
  await untilCount(page.locator(BANNER), 0, 'the banner stays after a retry that got through');

  const stored = await page.evaluate(async () => {
    const values = [];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) values.push(store.getItem(store.key(i)));
    }
    for (const cacheName of await caches.keys()) {
      for (const request of await (await caches.open(cacheName)).keys()) values.push(request.url);
    }
    return values.join('\n');
  });
  for (const typed of ['Srey Offline', 'Dara Retry', '012 987 654', '/api/']) {
    check(!stored.includes(typed), `"${typed}" was kept on the device`);
  }
  await context.close();
}
