// Runs axe-core (the engine behind Lighthouse's accessibility audit) in a page, through open
// shadow roots, and answers its violations in short: rule, impact, and where.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LOADING = ['កំពុងផ្ទុក…', 'Loading…'];

/** Waits until the screen has drawn `selector` and nothing on it still says it is loading. */
export async function settled(page, selector) {
  await page.locator(selector).first().waitFor();
  await page.waitForFunction((loading) => {
    const texts = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.childElementCount === 0) texts.push(el.textContent.trim());
      }
    };
    walk(document);
    return !texts.some((t) => loading.includes(t));
  }, LOADING, { timeout: 15_000 });
}

/** The page's accessibility violations as axe finds them with its default rules (WCAG 2.x A/AA and best practices). */
export async function audit(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
}

/**
 * Audits each screen `[name, route, selector]` in Khmer and in English on a 360 px phone, signed in
 * by `signIn(page)`, and answers the violations found, one line each ("km stock: rule (impact) ...").
 */
export async function auditScreens(browser, signIn, screens) {
  const found = [];
  for (const language of ['km', 'en']) {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await ctx.addInitScript((lang) => {
      try {
        localStorage.setItem('language', lang);
      } catch {
        /* a page without storage */
      }
    }, language);
    const page = await ctx.newPage();
    await signIn(page);
    for (const [screen, route, selector] of screens) {
      await page.evaluate((h) => location.replace(h), `#${route}`);
      await settled(page, selector);
      for (const v of await audit(page)) found.push(`${language} ${screen}: ${v.rule} (${v.impact}) ${v.help} at ${v.where.join(', ')}`);
    }
    await ctx.close();
  }
  return found;
}
