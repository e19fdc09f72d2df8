// First load and time to interactive of the login screen under Chromium's "Slow 3G" preset,
// cold (empty cache) and warm (shell from the service worker). Prints figures; fails nothing.
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1000) / 8 * 0.8, uploadThroughput: (500 * 1000) / 8 * 0.8 };

async function loadOnce(context, base) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  const started = Date.now();
  await page.goto(`${base}/#/login`, { waitUntil: 'load', timeout: 120_000 });
  const load = Date.now() - started;
  // interactive: the login form is drawn, its fonts are in, and a typed key reaches the field
  await page.waitForSelector('login-screen #tenant', { timeout: 120_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.focus('login-screen #tenant');
  await page.keyboard.type('w');
  const interactive = Date.now() - started;
  await page.close();
  return { load, interactive, bytes };
}

export async function measureSlow3g(browser, base) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const cold = await loadOnce(context, base);
  const warmUp = await context.newPage();
  await warmUp.goto(`${base}/`);
  await warmUp.evaluate(() => navigator.serviceWorker.ready);
  await warmUp.close();
  const warm = await loadOnce(context, base);
  await context.close();
  const s = (ms) => (ms / 1000).toFixed(1) + ' s';
  console.log(`slow-3g: cold load ${s(cold.load)}, interactive ${s(cold.interactive)}, ${(cold.bytes / 1024).toFixed(0)} KB over the wire; ` +
    `repeat visit (service worker) load ${s(warm.load)}, interactive ${s(warm.interactive)}`);
}
