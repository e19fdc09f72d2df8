// The service worker keeps the shell for offline use and never an /api answer.
import { FIRST_MEMBER } from '../fixture.mjs';
import { check, loginThroughUi } from '../ui-steps.mjs';

export const name = 'the offline shell caches no /api answer';

export async function run({ browser, base }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await loginThroughUi(page, base);
  await page.click('home-screen a[data-menu=members]');
  // an /api answer has been drawn: the register lists the fixture's member
  await page.locator('member-register li', { hasText: FIRST_MEMBER }).waitFor();
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  check(cached.includes('/'), `the shell is not cached: ${cached}`);
  check(!cached.some((u) => u.startsWith('/api') || u.startsWith('/health')), `an API answer was cached: ${cached}`);
  check(await page.title() === 'កំណត់ត្រា', 'the page title is not the neutral one');

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('sahakum-app app-header');
  await context.close();
}
