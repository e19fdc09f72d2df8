// Khmer is the default and is drawn with the shipped Noto Sans Khmer, not as empty boxes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../ui-steps.mjs';

export const name = 'Khmer renders with the shipped font (screenshot)';

export async function run({ browser, base, workDir }) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${base}/#/login`);
  await page.waitForSelector('login-screen h1');
  check(await page.evaluate(() => document.documentElement.lang) === 'km', 'the page is not in Khmer by default');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts]
    .some((f) => f.family.replace(/["']/g, '') === 'Noto Sans Khmer' && f.status === 'loaded' && f.unicodeRange.includes('1780')));
  check(loaded, 'the Khmer face of Noto Sans Khmer was not loaded from the app');
  writeFileSync(join(workDir, 'login-km.png'), await page.screenshot({ fullPage: true }));

  // two different Khmer letters must give two different pictures, unlike a missing glyph's box
  await page.evaluate(() => {
    for (const [id, text] of [['ka', 'ក'], ['kha', 'ខ'], ['missing', '\u0378']]) {
      const span = document.createElement('span');
      span.id = id;
      span.textContent = text;
      span.style.cssText = 'font: 48px "Noto Sans Khmer"; display: inline-block; padding: 4px; background: #fff';
      document.body.append(span);
    }
  });
  const shot = (id) => page.locator(`#${id}`).screenshot();
  const [ka, kha, missing] = await Promise.all(['ka', 'kha', 'missing'].map(shot));
  check(!ka.equals(kha), 'ក and ខ draw the same picture: Khmer glyphs are missing');
  check(!ka.equals(missing), 'ក draws like a missing glyph');
  const widths = await page.evaluate(() => ['ka', 'kha'].map((id) => document.getElementById(id).getBoundingClientRect().width));
  check(widths.every((w) => w > 8), `Khmer glyphs have no width: ${widths}`);

  // the heading "ចូល" itself has ink: count dark pixels in a canvas drawn with the same font
  const ink = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 200;
    canvas.height = 80;
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 200, 80);
    g.fillStyle = '#000';
    g.font = '40px "Noto Sans Khmer"';
    g.fillText('ចូល', 10, 55);
    const data = g.getImageData(0, 0, 200, 80).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
    return dark;
  });
  check(ink > 100, `the Khmer word draws almost nothing (${ink} dark pixels)`);
  await context.close();
}
