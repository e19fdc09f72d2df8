// Bytes and time to a usable login form and to a logged-in home over emulated slow 3G (issue 14:
// 400 ms latency, 400 kbit/s each way), first visit (empty cache) and repeat (HTTP cache and the
// service worker's shell kept, a new tab so a new login). Prints a table (E2E_MEASURE=verbose: each
// answer, when and from where); fails nothing.
// Throttling is Chromium's, set on the page: the service worker's own fetches (its install and the
// page it passes through) are not slowed, the same before and after any change.
import { call, login, ORG, ORG_ADMIN } from './fixture.mjs';

const KBIT = 1000 / 8;
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400 * KBIT, uploadThroughput: 400 * KBIT };
/** The modules a logged-in home of a working organisation has on: their definitions are most of its bytes. */
const MODULES = ['legal-aid', 'union-dues'];

async function visit(context, base) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  const started = Date.now();
  if (process.env.E2E_MEASURE === 'verbose') {
    cdp.on('Network.responseReceived', ({ response: r }) => console.log(`  ${((Date.now() - started) / 1000).toFixed(2)} s `
      + `${r.status} ${new URL(r.url).pathname} ${r.fromServiceWorker ? 'service worker' : r.fromDiskCache ? 'disk cache' : 'network'}`));
  }
  await page.goto(`${base}/#/login`, { waitUntil: 'commit', timeout: 120_000 });
  // usable: the form is drawn, its fonts are in, and a typed key reaches the field
  await page.waitForSelector('login-screen #tenant', { timeout: 120_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.focus('login-screen #tenant');
  await page.keyboard.type(ORG);
  const form = { ms: Date.now() - started, bytes, requests };
  await page.fill('#username', ORG_ADMIN.username);
  await page.fill('#password', ORG_ADMIN.password);
  const submitted = Date.now();
  const bytesBefore = bytes;
  const requestsBefore = requests;
  await page.click('login-screen button[type=submit]');
  // logged-in home: the organisation's heading and its menu, with the modules' entries
  await page.waitForSelector(`home-screen a[href*="/m/${MODULES[0]}/"]`, { timeout: 120_000 });
  const home = { ms: Date.now() - submitted, bytes: bytes - bytesBefore, requests: requests - requestsBefore };
  await page.close();
  return { form, home };
}

export async function measureSlow3g(browser, base) {
  const admin = await login(base, ORG, ORG_ADMIN.username, ORG_ADMIN.password);
  for (const id of MODULES) await call(base, 'PUT', `/api/t/${ORG}/modules/${id}`, { enabled: true }, admin);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const first = await visit(context, base);
  const settle = await context.newPage();
  await settle.goto(`${base}/`);
  await settle.evaluate(() => navigator.serviceWorker.ready);
  await settle.close();
  const repeat = await visit(context, base);
  await context.close();
  const s = (ms) => (ms / 1000).toFixed(1) + ' s';
  const kb = (b) => (b / 1024).toFixed(1) + ' KB';
  const row = (label, v) => `| ${label} | ${s(v.form.ms)} | ${kb(v.form.bytes)} (${v.form.requests}) | `
    + `${s(v.home.ms)} | ${kb(v.home.bytes)} (${v.home.requests}) |`;
  console.log(['slow 3G (400 ms, 400 kbit/s), e2e-org with ' + MODULES.join(' and ') + ' on:',
    '| visit | to usable login form | its bytes (requests) | submit to logged-in home | its bytes (requests) |',
    '| --- | --- | --- | --- | --- |',
    row('first', first), row('repeat', repeat)].join('\n'));
}
