import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { km } from '../i18n/km';
import { elementContext, moduleApiPath, type ModuleElementContext } from './element-context';
import { defineModuleElement, elementScriptPath, elementViewProblem, type ScriptImporter } from './element-loader';
import type { ViewDefinition } from './ui-definition';

const view = (tag: string, script: string): ViewDefinition => ({
  id: 'receipt', kind: 'element', resource: 'payments', label: { km: 'បង្កាន់ដៃ', en: 'Receipt' }, tag, script,
});
const script = (status = 200, type = 'text/javascript; charset=utf-8') =>
  new Response('export default class extends HTMLElement {}', { status, headers: { 'Content-Type': type } });
let tags = 0;
/** A fresh tag per test: a custom element, once defined, stays defined. */
const freshTag = () => `union-dues-receipt-${++tags}`;
const importer = (exported: unknown): ScriptImporter => vi.fn(async () => ({ default: exported }));

beforeEach(() => {
  setLanguage('km');
  startSession({ token: 'element-token', tenant: 'wnu', accountId: 1, expiresAt: '2999-01-01T00:00:00Z' }, false);
});
afterEach(() => vi.restoreAllMocks());

describe('an element view', () => {
  it('must name the module\'s own tag and a plain script file', () => {
    expect(elementViewProblem('union-dues', view('union-dues-receipt', 'receipt.js'))).toBeNull();
    for (const tag of ['receipt', 'legal-aid-receipt', 'union-dues-', 'union-dues--x', 'union-dues-Receipt',
      'union-dues-x_y', 'member-detail', 'module-screen']) {
      expect(elementViewProblem('union-dues', view(tag, 'receipt.js')), tag).not.toBeNull();
    }
    for (const file of ['../receipt.js', 'ui/receipt.js', '/receipt.js', '%2e%2e.js', 'receipt.mjs', 'Receipt.js',
      'receipt.js?v=1', 'receipt', '.js', 'https://elsewhere.example/x.js', 'data:text/javascript,1']) {
      expect(elementViewProblem('union-dues', view('union-dues-receipt', file)), file).not.toBeNull();
    }
  });

  it('is loaded from the core, with the bearer token and no cookies, and defined under its tag', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(script());
    class Receipt extends HTMLElement {}
    const load = importer(Receipt);
    const tag = freshTag();
    await Promise.all([defineModuleElement('wnu', 'union-dues', view(tag, 'receipt.js'), load),
      defineModuleElement('wnu', 'union-dues', view(tag, 'receipt.js'), load)]);
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/t/wnu/modules/union-dues/elements/receipt.js');
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-cache' });
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer element-token');
    expect(load).toHaveBeenCalledWith('export default class extends HTMLElement {}');
    expect(customElements.get(tag)).toBe(Receipt);
  });

  it('is refused before any fetch when its names are not plain', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    await expect(defineModuleElement('wnu', 'union-dues', view(freshTag(), '../members.js'), importer(null)))
      .rejects.toThrow(/plain file name/);
    await expect(defineModuleElement('wnu', 'union-dues', view('member-detail', 'receipt.js'), importer(null)))
      .rejects.toThrow(/module's own/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is not defined when the core refuses, serves something else, or the script exports no element', async () => {
    const cases: [Response, unknown][] = [
      [script(404, 'application/problem+json'), class extends HTMLElement {}],
      [script(200, 'application/json'), class extends HTMLElement {}],
      [script(), class NotAnElement {}],
      [script(), 'a string'],
    ];
    for (const [answer, exported] of cases) {
      vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(answer);
      const tag = freshTag();
      await expect(defineModuleElement('wnu', 'union-dues', view(tag, 'receipt.js'), importer(exported))).rejects.toThrow();
      expect(customElements.get(tag)).toBeUndefined();
    }
  });

  it('encodes the names into the script\'s path', () => {
    expect(elementScriptPath('wnu khan 1', 'union-dues', 'receipt.js')).toBe('/api/t/wnu%20khan%201/modules/union-dues/elements/receipt.js');
  });
});

describe('the context an element gets', () => {
  it('reaches only the module\'s own API, with the token', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"id":3}', { status: 200 }));
    const context: ModuleElementContext = elementContext('wnu', 'union-dues', '3');
    expect(Object.isFrozen(context)).toBe(true);
    expect(context).toMatchObject({ tenant: 'wnu', moduleId: 'union-dues', recordId: '3', language: 'km' });
    expect(await context.api('GET', 'payments/3')).toEqual({ id: 3 });
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/union-dues/payments/3');
    for (const path of ['../members', 'payments/../../members', '/api/t/wnu/members', 'payments//3', '', 'a?b?c',
      'payments/%2e%2e', 'https://elsewhere.example/']) {
      expect(() => moduleApiPath('wnu', 'union-dues', path), path).toThrow();
    }
    expect(moduleApiPath('wnu', 'union-dues', 'payments?limit=5')).toBe('/api/t/wnu/union-dues/payments?limit=5');
  });

  it('speaks the app\'s language and formats', () => {
    setLanguage('en');
    const context = elementContext('wnu', 'union-dues', null);
    expect(context.language).toBe('en');
    expect(context.text({ km: 'បង្កាន់ដៃ', en: 'Receipt' })).toBe('Receipt');
    expect(context.format.money(250, 'USD')).toBe('US$2.50');
  });

  it('says a refusal in the app\'s words, never the server\'s English', async () => {
    setLanguage('km');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ detail: 'acts: a victim is named twice.',
      code: 'victim-twice', field: 'acts' }), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }));
    const context = elementContext('wnu', 'legal-aid', null);
    const refusal = await context.api('POST', 'violations', {}).catch((e: unknown) => e);
    expect(context.explain(refusal)).toBe(km['problem.general.refusedPlain']);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ detail: 'You have already voted in this vote.',
      code: 'already-voted' }), { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));
    const voted = await context.api('POST', 'my-ballots/1', {}).catch((e: unknown) => e);
    expect(context.explain(voted)).toBe(km['problem.already-voted']);
    expect(context.explain(new TypeError('Failed to fetch'))).toBe(km['problem.general.offline']);
  });
});

describe('what an element knows of its surroundings', () => {
  it('knows which modules are on here and what the person may do, and nothing by default', () => {
    const around = elementContext('wnu-kampot', 'organising', '3', {
      modules: ['organising', 'legal-aid'], grants: { permissions: ['organising:*', 'invite:manage'] },
    });
    expect(around.modules).toEqual(['organising', 'legal-aid']);
    expect(around.may('invite:manage')).toBe(true);
    expect(around.may('organising:visit:write')).toBe(true);
    expect(around.may('legal:case:write')).toBe(false);
    const bare = elementContext('wnu', 'organising', null);
    expect(bare.modules).toEqual([]);
    expect(bare.may('invite:manage')).toBe(false);
  });
});

describe('the element view on screen', () => {
  it('shows the module\'s element with its context, and gives it a new one when the language changes', async () => {
    await import('./module-element');
    const tag = freshTag();
    const given: ModuleElementContext[] = [];
    customElements.define(tag, class extends HTMLElement {
      set context(context: ModuleElementContext) {
        given.push(context);
        this.textContent = context.text({ km: 'បង្កាន់ដៃ', en: 'Receipt' });
      }
    });
    const host = Object.assign(document.createElement('module-element'), {
      where: { tenant: 'wnu', moduleId: 'union-dues' }, view: view(tag, 'receipt.js'), recordId: '7',
    }) as unknown as HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(host);
    for (let i = 0; i < 3; i++) {
      await host.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
    const shown = host.shadowRoot!.querySelector(tag)!;
    expect(host.shadowRoot!.querySelector('h1')!.textContent).toBe('បង្កាន់ដៃ');
    expect(shown.textContent).toBe('បង្កាន់ដៃ');
    expect(given[0]).toMatchObject({ tenant: 'wnu', moduleId: 'union-dues', recordId: '7', language: 'km' });

    setLanguage('en');
    await host.updateComplete;
    expect(given.at(-1)!.language).toBe('en');
    expect(shown.textContent).toBe('Receipt');
    expect(host.shadowRoot!.querySelector(tag)).toBe(shown);
    host.remove();
  });
});
