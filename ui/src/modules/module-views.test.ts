import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { menuItems } from '../shell/menu-items';
import type { TenantContext } from '../core/tenant-context';
import { findView, type ModuleUiDefinition } from './ui-definition';
import './module-list';
import './module-form';
import './module-detail';
import type { ModuleList } from './module-list';
import type { ModuleForm } from './module-form';

// the real definitions the plugins ship, so that a change there is drawn (or caught) here
const definition = (id: string): ModuleUiDefinition => JSON.parse(readFileSync(
  resolve(process.cwd(), `../plugins/${id}/src/main/resources/ui/${id}.json`), 'utf8'));
const legalAid = definition('legal-aid');
const unionDues = definition('union-dues');

const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(tag: string, props: object): Promise<T> {
  const element = Object.assign(document.createElement(tag), props) as T;
  document.body.append(element);
  await element.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await element.updateComplete;
  return element;
}

beforeEach(() => setLanguage('km'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('a list view drawn from a UI definition', () => {
  it('shows the declared columns with Khmer labels and option labels for enum values', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer([
      { id: 3, caseType: 'detention', clientKind: 'member', status: 'open', openedAt: '2026-11-29T03:00:00Z' },
    ]));
    const list = await mount<ModuleList>('module-list', {
      where: { tenant: 'wnu', moduleId: 'legal-aid' }, ui: legalAid, view: findView(legalAid, 'cases'),
      grants: { permissions: ['legal:case:read'] },
    });
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/legal-aid/cases?offset=0&limit=50');
    const root = list.shadowRoot!;
    const headers = [...root.querySelectorAll('th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, 3)).toEqual(['លេខករណី', 'ប្រភេទករណី', 'អតិថិជន']);
    expect(headers).toContain('ស្ថានភាព');
    const cells = [...root.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells.slice(0, 3)).toEqual(['3', 'ការឃុំខ្លួន', 'សមាជិក']);
    expect(cells[headers.indexOf('ស្ថានភាព')]).toBe('កំពុងដំណើរការ');
    // "Open a case" needs legal:case:write, which this caller lacks
    expect(root.querySelector('a.button')).toBeNull();
  });
});

describe('a form view drawn from a UI definition', () => {
  it('refuses missing required fields, then sends money in minor units', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 1 }, 201));
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount<ModuleForm>('module-form', {
      where: { tenant: 'wnu', moduleId: 'union-dues' }, view: findView(unionDues, 'payment-new'),
    });
    const root = form.shadowRoot!;
    expect([...root.querySelectorAll('label')].map((l) => l.textContent!.replace('*', '').trim()))
      .toEqual(['លេខកូដសមាជិក', 'ចំនួនទឹកប្រាក់', 'រូបិយប័ណ្ណ', 'ថ្ងៃបង់', 'របៀបបង់']);
    // the payment's date starts at today (declared "default": "now"); the other four must be given
    expect((root.querySelector('#field-paidOn') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    root.querySelector('form')!.requestSubmit();
    await form.updateComplete;
    expect([...root.querySelectorAll('[aria-invalid="true"]')].map((e) => e.id))
      .toEqual(['field-memberCode', 'field-amountMinor', 'field-currency', 'field-method']);
    expect(fetch).not.toHaveBeenCalled();

    (root.querySelector('#field-memberCode') as HTMLInputElement).value = 'WNU-0001';
    (root.querySelector('#field-amountMinor') as HTMLInputElement).value = '២.៥០';
    (root.querySelector('#field-currency') as HTMLSelectElement).value = 'USD';
    (root.querySelector('#field-paidOn') as HTMLInputElement).value = '2026-11-28';
    (root.querySelector('#field-method') as HTMLSelectElement).value = 'CASH';
    root.querySelector('form')!.requestSubmit();
    await new Promise((r) => setTimeout(r, 0));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/t/wnu/union-dues/payments');
    expect(JSON.parse(String(init!.body))).toEqual({
      memberCode: 'WNU-0001', amountMinor: 250, currency: 'USD', paidOn: '2026-11-28', method: 'CASH',
    });
  });
});

describe('an action on one record', () => {
  it('is offered on the record\'s detail with its id, not above the list', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => String(url).endsWith('/payments/9')
      ? answer({ id: 9, amountMinor: 250000, currency: 'KHR', paidOn: '2025-01-15', recordedAt: '2025-01-15T03:00:00Z' })
      : answer([]));
    const where = { tenant: 'wnu', moduleId: 'union-dues' };
    const grants = { permissions: ['dues:payment:record'] };
    const detail = await mount<HTMLElement & { updateComplete: Promise<boolean> }>('module-detail', { where, view: findView(unionDues, 'payments'), recordId: '9', grants });
    const links = [...detail.shadowRoot!.querySelectorAll('a.button')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/t/wnu/m/union-dues/receipt/9']);
    const list = await mount<ModuleList>('module-list', { where, ui: unionDues, view: findView(unionDues, 'payments'), grants });
    expect([...list.shadowRoot!.querySelectorAll('a.button')].map((a) => a.getAttribute('href')))
      .toEqual(['#/t/wnu/m/union-dues/payment-new']);
  });
});

describe('the menu', () => {
  const ctx = (enabled: boolean): TenantContext => ({
    tenant: { slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' },
      children: [], modules: [] },
    modules: [{ id: 'legal-aid', version: '1', names: { km: 'ក', en: 'L' }, enabled, ui: enabled ? legalAid : null }],
    grants: { permissions: ['legal:case:read'] },
  });

  it('shows a module\'s entries only while the module is on', () => {
    expect(menuItems(ctx(true)).map((i) => i.id)).toContain('legal-aid-cases');
    expect(menuItems(ctx(false)).map((i) => i.id)).not.toContain('legal-aid-cases');
  });

  it('leaves out what the caller may not open', () => {
    // the violations need legal:violation:read; a member's own cases and trainings are for members only
    expect(menuItems(ctx(true)).map((i) => i.id))
      .toEqual(['legal-aid-cases', 'legal-aid-detentions', 'legal-aid-dates',
        'legal-aid-services', 'legal-aid-referrals', 'legal-aid-trainings']);
    const member = { ...ctx(true), grants: { permissions: ['legal:case:read'], member: true } };
    expect(menuItems(member).map((i) => i.id))
      .toEqual(['legal-aid-cases', 'legal-aid-detentions', 'legal-aid-dates', 'legal-aid-my-cases',
        'legal-aid-services', 'legal-aid-referrals', 'legal-aid-trainings', 'legal-aid-my-trainings']);
  });
});
