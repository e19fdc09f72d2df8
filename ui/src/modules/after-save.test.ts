import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { elementContext } from './element-context';
import { startingValues } from './form-prefill';
import { findView, type ModuleUiDefinition } from './ui-definition';
import type { ModuleForm } from './module-form';
import './module-form';

const definition = (id: string): ModuleUiDefinition => JSON.parse(readFileSync(
  resolve(process.cwd(), `../plugins/${id}/src/main/resources/ui/${id}.json`), 'utf8'));
const legalAid = definition('legal-aid');
const unionDues = definition('union-dues');
const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

type Element = HTMLElement & { updateComplete?: Promise<boolean> };
async function settle(element: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}
async function mount<T extends Element>(tag: string, props: object): Promise<T> {
  const element = Object.assign(document.createElement(tag), props) as T;
  document.body.append(element);
  await settle(element);
  return element;
}
const value = (root: ShadowRoot, id: string, text: string) => {
  (root.querySelector(`#field-${id}`) as HTMLInputElement).value = text;
};

let went: string[];
beforeEach(() => {
  setLanguage('en');
  went = [];
  vi.spyOn(window.location, 'replace').mockImplementation((url) => { went.push(String(url)); });
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('after saving, the form goes where the person needs to be', () => {
  it('a new payment opens its printable receipt', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 41, receiptNumber: 7 }, 201));
    const form = await mount<ModuleForm>('module-form', {
      where: { tenant: 'wnu', moduleId: 'union-dues' }, view: findView(unionDues, 'payment-new'),
    });
    const root = form.shadowRoot!;
    value(root, 'memberCode', 'WNU-0001');
    value(root, 'amountMinor', '5000');
    value(root, 'currency', 'KHR');
    value(root, 'method', 'CASH');
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(went).toEqual(['#/t/wnu/m/union-dues/receipt/41']);
  });

  it('a new case opens the case', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 12, status: 'open' }, 201));
    const form = await mount<ModuleForm>('module-form', {
      where: { tenant: 'wnu', moduleId: 'legal-aid' }, view: findView(legalAid, 'case-new'),
    });
    const root = form.shadowRoot!;
    for (const select of root.querySelectorAll('select[required]')) {
      const s = select as HTMLSelectElement;
      s.value = s.options[1].value;
    }
    for (const input of root.querySelectorAll('input[required]')) (input as HTMLInputElement).value = 'WNU-0001';
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(went).toEqual(['#/t/wnu/m/legal-aid/cases/12']);
  });

  it('goes to the list when the answer names nothing it created, and never opens an id that is not one', async () => {
    const view = { ...findView(legalAid, 'case-new')!, fields: [] };
    for (const body of [{}, { id: '../members' }, { id: 1.5 }, null]) {
      vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(body === null ? new Response(null, { status: 204 }) : answer(body, 201));
      const form = await mount<ModuleForm>('module-form', { where: { tenant: 'wnu', moduleId: 'legal-aid' }, view });
      form.shadowRoot!.querySelector('form')!.requestSubmit();
      await settle(form);
      form.remove();
    }
    expect(went).toEqual(Array(4).fill('#/t/wnu/m/legal-aid/cases'));
  });
});

describe('dates and times declared "default": "now"', () => {
  it('start at the moment the form opens, in local time, and keep what the person typed when redrawn', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 9, 5));
    const fetch = vi.spyOn(globalThis, 'fetch');
    const form = await mount<ModuleForm>('module-form', {
      where: { tenant: 'wnu', moduleId: 'legal-aid' }, view: findView(legalAid, 'detention-new'),
    });
    const root = form.shadowRoot!;
    const heldSince = root.querySelector('#field-heldSince') as HTMLInputElement;
    expect(heldSince.value).toBe('2026-12-02T09:05');
    heldSince.value = '2026-12-01T22:30';
    vi.setSystemTime(new Date(2026, 11, 2, 9, 40));
    root.querySelector('form')!.requestSubmit(); // refused here: required fields are empty, so it redraws
    await settle(form);
    expect(fetch).not.toHaveBeenCalled();
    expect(root.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
    expect((root.querySelector('#field-heldSince') as HTMLInputElement).value).toBe('2026-12-01T22:30');
  });

  it('give a date, a month and a date-time, and nothing for fields without a default', () => {
    const now = new Date(2026, 0, 31, 23, 59);
    const at = (type: string, dflt?: 'now') => ({ name: type, type, label: { km: 'ក', en: 'x' }, default: dflt });
    expect(startingValues([at('date', 'now'), at('month', 'now'), at('datetime', 'now'), at('text'), at('date')], now))
      .toEqual({ date: '2026-01-31', month: '2026-01', datetime: now.toISOString() });
  });

  it('do not replace what a change form reads from its record', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 3, releasedAt: null }));
    const view = { ...findView(legalAid, 'detention-release')!, prefill: true, method: 'PUT' as const };
    const form = await mount<ModuleForm>('module-form', { where: { tenant: 'wnu', moduleId: 'legal-aid' }, view, recordId: '3' });
    expect((form.shadowRoot!.querySelector('#field-releasedAt') as HTMLInputElement).value).toBe('');
  });
});

describe('the dues receipt', () => {
  const payment = { id: 41, receiptNumber: 7, amountMinor: 500000, currency: 'KHR', paidOn: '2026-12-02',
    recordedAt: '2026-12-02T02:00:00Z', memberCode: 'WNU-0001', workingName: 'Srey Mom' };
  const tag = 'union-dues-receipt-after-save';
  beforeAll(() => {
    // the receipt the union-dues plugin ships; the test runner does not import files outside the app,
    // so its module text runs as a function body that hands back its default export
    const text = readFileSync(resolve(process.cwd(), '../plugins/union-dues/src/main/resources/ui/union-dues/receipt.js'), 'utf8');
    const Receipt = new Function(text.replace('export default class', 'return class'))() as CustomElementConstructor;
    customElements.define(tag, Receipt);
  });

  async function shown(): Promise<HTMLElement> {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(payment));
    const receipt = document.createElement(tag) as HTMLElement & { context: unknown };
    document.body.append(receipt);
    receipt.context = elementContext('wnu', 'union-dues', '41');
    await settle(receipt);
    return receipt;
  }

  it('prints, and shares its own words as text where the phone can: no link, no member', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const print = vi.fn();
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    try {
      const receipt = await shown();
      (receipt.querySelector('#receipt-print') as HTMLButtonElement).click();
      expect(print).toHaveBeenCalledOnce();
      (receipt.querySelector('#receipt-share') as HTMLButtonElement).click();
      expect(share).toHaveBeenCalledOnce();
      const shared = share.mock.calls[0][0] as ShareData;
      expect(shared.url).toBeUndefined();
      expect(shared.text).toContain('Receipt number: 7');
      expect(shared.text).not.toMatch(/WNU-0001|Srey Mom|https?:|#\//);
    } finally {
      delete (navigator as { share?: unknown }).share;
      delete (window as { print?: unknown }).print;
    }
  });

  it('offers no share button where the phone cannot share', async () => {
    const receipt = await shown();
    expect(receipt.querySelector('#receipt-print')).not.toBeNull();
    expect(receipt.querySelector('#receipt-share')).toBeNull();
  });
});

describe('every form that creates a record', () => {
  // the collections whose module answers no GET of one record: there is no detail to open
  const noDetail = new Set(['union-dues exemptions', 'union-dues reversals']);
  const modules = ['legal-aid', 'union-dues', 'education', 'health-referral'];

  it('opens what it created when its list has a detail to show it', () => {
    const missing: string[] = [];
    for (const id of modules) {
      const ui = definition(id);
      for (const form of ui.views.filter((v) => v.kind === 'form' && (v.method ?? 'POST') === 'POST' && !v.resource.includes('{'))) {
        const after = form.after ? findView(ui, form.after) : undefined;
        if (after?.kind === 'list' && after.resource === form.resource && !noDetail.has(`${id} ${form.resource}`) && !form.openCreated) {
          missing.push(`${id} ${form.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('records a new detention and opens it, not the queue', () => {
    const form = findView(legalAid, 'detention-new')!;
    expect([form.after, form.openCreated]).toEqual(['detentions', true]);
  });
});

describe('a payment sent again is the same payment', () => {
  const keyOf = (call: unknown[]) => ((call[1] as RequestInit).headers as Record<string, string>)['Idempotency-Key'];
  const fillPayment = (root: ShadowRoot) => {
    value(root, 'memberCode', 'WNU-0001');
    value(root, 'amountMinor', '5000');
    value(root, 'currency', 'KHR');
    value(root, 'method', 'CASH');
  };

  it('carries one Idempotency-Key per fill of the form: the same when sent again, a new one once saved', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(answer({ id: 41, receiptNumber: 7 }, 201));
    const form = await mount<ModuleForm>('module-form', {
      where: { tenant: 'wnu', moduleId: 'union-dues' }, view: findView(unionDues, 'payment-new'),
    });
    const root = form.shadowRoot!;
    fillPayment(root);
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    root.querySelector('form')!.requestSubmit();
    await settle(form);

    const keys = fetch.mock.calls.map(keyOf);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(went).toEqual(['#/t/wnu/m/union-dues/receipt/41']);
    const next = (form as unknown as { fillKey: string }).fillKey;
    expect(next).toMatch(/^[0-9a-f]{32}$/);
    expect(next).not.toBe(keys[0]);
  });
});
