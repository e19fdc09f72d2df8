// One tap leaves for a neutral page, ends the session and leaves no app page behind in history,
// nor the group the phone remembered for the login.
import { ORG, ORG_ADMIN, call } from '../fixture.mjs';
import { check } from '../ui-steps.mjs';

export const name = 'quick exit leaves at once and leaves nothing behind';

export async function run({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  // there is no outside network here: the neutral page is answered locally
  await context.route(/^https:\/\/www\.google\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
  const page = await context.newPage();
  await page.goto('about:blank');
  // logged in with the group remembered on this phone: the exit must forget it too
  await page.goto(`${base}/#/login`);
  await page.fill('#tenant', ORG);
  await page.fill('#username', ORG_ADMIN.username);
  await page.fill('#password', ORG_ADMIN.password);
  await page.check('login-screen input[name=rememberGroup]');
  await page.click('login-screen button[type=submit]');
  await page.waitForSelector('home-screen h1');
  check(await page.evaluate(() => localStorage.getItem('loginGroup')) === ORG, 'the group was not remembered');
  await page.click('home-screen a[data-menu=members]');
  await page.waitForSelector('member-register');
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('session')).token);

  const logout = context.waitForEvent('request', {
    predicate: (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/auth/logout',
    timeout: 10_000,
  });
  await page.click('#quick-exit');
  await page.waitForURL(/google\.com/);
  check(await page.title() === 'Weather', 'did not land on the neutral page');
  await page.goBack();
  check(!page.url().startsWith(base), `going back returns to the app: ${page.url()}`);

  // the app leaves without waiting for the server (leaving at once matters more): it sends the
  // logout as a keepalive request, and the session ends when that request lands, within moments
  const sent = await logout;
  check(sent.headers().authorization === `Bearer ${token}`, 'the logout was not sent for this session');
  const after = await sessionEndedWithin(base, token, 10_000);
  check(after === 401, `the session still works after a quick exit (${after})`);
  await page.goto(`${base}/`);
  await page.waitForSelector('login-screen');
  await page.goto(`${base}/#/login`);
  await page.locator('login-screen #tenant').waitFor();
  check(await page.locator('login-screen #group-known, login-screen #group-kept').count() === 0,
    'the login screen still names the group after a quick exit');
  check(await page.evaluate(() => localStorage.getItem('loginGroup')) === null, 'the phone still keeps the group');
  await context.close();
}

async function sessionEndedWithin(base, token, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const { status } = await call(base, 'GET', '/api/tenants/e2e-org', undefined, token);
    if (status === 401 || Date.now() > deadline) return status;
    await new Promise((r) => setTimeout(r, 200));
  }
}
