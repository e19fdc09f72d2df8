// What a failed test leaves behind in target/e2e: for every page still open, a screenshot, the
// page's HTML with its shadow roots written out, and the calls the server refused (method, path
// without query, status). No request or answer bodies and no headers: no tokens, no personal data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const refusals = new WeakMap();
/** What the Content-Security-Policy blocked, on any page of any test: the app must need none of it. */
export const policyViolations = [];

/** Starts noting refused calls for every page of this browser's new contexts. */
export function watchRefusals(browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    const noted = [];
    refusals.set(context, noted);
    context.on('response', (response) => {
      if (response.status() < 400) return;
      const url = new URL(response.url());
      noted.push(`${response.request().method()} ${url.pathname} → ${response.status()}`);
    });
    context.on('page', (page) => {
      page.on('pageerror', (e) => noted.push(`page error: ${e.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text().slice(0, 300));
      });
    });
    return context;
  };
}

/** Writes what every open page shows, then closes the contexts the failed test left open. */
export async function dumpOpenPages(browser, workDir, label) {
  const written = [];
  let n = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      const stem = join(workDir, `${label}-page${n++}`);
      try {
        writeFileSync(`${stem}.png`, await page.screenshot({ fullPage: true, timeout: 5_000 }));
        writeFileSync(`${stem}.html`, `<!-- ${page.url()} -->\n${await page.evaluate(serialiseWithShadowRoots)}`);
        written.push(stem);
      } catch (e) {
        writeFileSync(`${stem}.txt`, `could not capture: ${e.message}`);
      }
    }
    const noted = refusals.get(context) ?? [];
    if (noted.length) writeFileSync(join(workDir, `${label}-refused.txt`), noted.join('\n') + '\n', { flag: 'a' });
    await context.close().catch(() => {});
  }
  return written;
}

// runs in the page: outerHTML does not include shadow roots, so they are written out as <template shadowroot>
function serialiseWithShadowRoots() {
  const write = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    const attrs = [...node.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
    const typed = 'value' in node && typeof node.value === 'string' && node.value && node.type !== 'password';
    const state = typed ? ` data-value="${node.value.replace(/"/g, '&quot;')}"` : '';
    const shadow = node.shadowRoot ? `<template shadowroot>${[...node.shadowRoot.childNodes].map(write).join('')}</template>` : '';
    if (tag === 'style' || tag === 'script') return `<${tag}${attrs}></${tag}>`;
    return `<${tag}${attrs}${state}>${shadow}${[...node.childNodes].map(write).join('')}</${tag}>`;
  };
  return write(document.documentElement);
}
