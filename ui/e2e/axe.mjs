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
