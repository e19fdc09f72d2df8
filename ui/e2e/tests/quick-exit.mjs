// One tap leaves for a neutral page, ends the session and leaves no app page behind in history.
import { call } from '../fixture.mjs';
import { check, loginThroughUi } from '../ui-steps.mjs';

export const name = 'quick exit leaves at once and leaves nothing behind';

export async function run({ browser, base }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  // there is no outside network here: the neutral page is answered locally
  await context.route(/^https:\/\/www\.google\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }));
  const page = await context.newPage();
  await page.goto('about:blank');
  await loginThroughUi(page, base);
  await page.click('home-screen a[data-menu=members]');
  await page.waitForSelector('member-register');
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('session')).token);

  await page.click('#quick-exit');
  await page.waitForURL(/google\.com/);
  check(await page.title() === 'Weather', 'did not land on the neutral page');
  await page.goBack();
  check(!page.url().startsWith(base), `going back returns to the app: ${page.url()}`);

  const after = await call(base, 'GET', '/api/tenants/e2e-org', undefined, token);
  check(after.status === 401, `the session still works after a quick exit (${after.status})`);
  await page.goto(`${base}/`);
  await page.waitForSelector('login-screen');
  await context.close();
}
