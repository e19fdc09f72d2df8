// Steps the tests share, done as a person would: through the page.
import { ORG, ORG_ADMIN } from './fixture.mjs';

export async function loginThroughUi(page, base, tenant = ORG, user = ORG_ADMIN) {
  await page.goto(`${base}/#/login`);
  await page.fill('#tenant', tenant);
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  await page.click('login-screen button[type=submit]');
  // the home screen's heading: a member who may open nothing yet has no menu, only a sentence saying so
  await page.waitForSelector('home-screen h1');
}

export async function go(page, base, hash) {
  await page.evaluate((h) => location.replace(h), `#${hash}`);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
