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

/**
 * Waits until what the page shows passes `ok`, then answers it. A screen re-renders only once the
 * call behind it has answered, so a check made at once can read the screen before the change (a
 * list counted before it reloads). Fails after `timeout` ms with `message`, given the last value read.
 */
export async function until(read, ok, message, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(typeof message === 'function' ? message(value) : `${message} (${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `locator` matches exactly `n` elements. */
export function untilCount(locator, n, message) {
  return until(() => locator.count(), (count) => count === n, (count) => `${message} (${count}, not ${n})`);
}

/** Waits until the text of `locator` passes `ok`. */
export function untilText(locator, ok, message) {
  return until(() => locator.textContent(), ok, message);
}
