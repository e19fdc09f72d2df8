import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, startSession } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { findView, type FieldDefinition, type ModuleUiDefinition } from './ui-definition';
import './module-form';
import './module-list';

const plugins = resolve(process.cwd(), '../plugins');
const definition = (id: string): ModuleUiDefinition => JSON.parse(readFileSync(
  resolve(plugins, `${id}/src/main/resources/ui/${id}.json`), 'utf8'));
const unionDues = definition('union-dues');
const where = { tenant: 'wnu', moduleId: 'union-dues' };
const treasurer = { permissions: ['dues:report:read', 'dues:payment:record'] };
const staff = [{ accountId: 1, username: 'sokha' }, { accountId: 12, username: 'dara' }];

const answer = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });

type Screen = HTMLElement & { updateComplete: Promise<boolean> };
async function mount(tag: string, props: object): Promise<Screen> {
  const element = Object.assign(document.createElement(tag), props) as unknown as Screen;
  document.body.append(element);
  await settle(element);
  return element;
}
async function settle(element: Screen) {
  for (let i = 0; i < 4; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The staff answer of the core, a page at a time; anything else answers `rows`. */
function server(rows: unknown) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL(String(input), 'http://x');
    if (url.pathname === '/api/t/wnu/staff') {
      const offset = Number(url.searchParams.get('offset'));
      return answer(staff.slice(offset, offset + 1), { 'X-Total-Count': String(staff.length) });
    }
    return answer(rows, { 'X-Total-Count': '1' });
  });
}

beforeEach(() => {
  setLanguage('km');
  startSession({ token: 'account-token', tenant: 'wnu', accountId: 1, expiresAt: '2999-01-01T00:00:00Z' }, false);
});
afterEach(() => {
  document.body.replaceChildren();
  endSession();
  vi.restoreAllMocks();
});

describe('an account field', () => {
  it('offers the holders of its permission by login name, every page of them, and sends the chosen account id', async () => {
    const fetch = server({ id: 5 });
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(unionDues, 'handover-new'), recordId: '', itemId: '' });
    const root = form.shadowRoot!;
    const asked = fetch.mock.calls.map((c) => String(c[0])).filter((u) => u.includes('/staff?'));
    expect(asked).toEqual(['/api/t/wnu/staff?holding=dues%3Apayment%3Arecord&offset=0&limit=200',
      '/api/t/wnu/staff?holding=dues%3Apayment%3Arecord&offset=1&limit=200']);
    const collector = root.querySelector('#field-collectorAccountId') as HTMLSelectElement;
    expect([...collector.options].slice(1).map((o) => o.textContent)).toEqual(['sokha', 'dara']);
    collector.value = '12';
    (root.querySelector('#field-handedOn') as HTMLInputElement).value = '2026-11-30';
    (root.querySelector('#field-currency') as HTMLSelectElement).value = 'USD';
    (root.querySelector('#field-amountMinor') as HTMLInputElement).value = '25';
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    const post = fetch.mock.calls.find((c) => c[1]?.method === 'POST')!;
    expect(String(post[0])).toBe('/api/t/wnu/union-dues/cash/handovers');
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({ collectorAccountId: 12, amountMinor: 2500 });
  });

  it('shows a list\'s accounts by name, and an account it cannot name by its number, never a blank', async () => {
    server([{ collectorAccountId: 12, handedOn: '2026-11-30', amountMinor: 2500, currency: 'USD', receivedByAccountId: 99 }]);
    const list = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'handovers'), grants: treasurer });
    const cells = [...list.shadowRoot!.querySelectorAll('tbody td')].map((c) => c.textContent!.trim());
    expect(cells).toContain('dara');
    expect(cells).not.toContain('12');
    expect(cells).toContain('99');
  });
});

describe('every module definition', () => {
  it('asks for and shows a staff account by name, never as a number to type or read', () => {
    const numbers: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, at));
      else if (node && typeof node === 'object') {
        const field = node as FieldDefinition & { id?: string; kind?: string };
        if (typeof field.name === 'string' && typeof field.type === 'string' && /accountid$/i.test(field.name)) {
          const named = field.type === 'account' ? Boolean(field.holding)
            : field.type === 'enum' && field.optionsFrom?.label === 'username';
          if (!named) numbers.push(`${at} ${field.name} (${field.type})`);
        }
        Object.values(node).forEach((v) => walk(v, field.id && field.kind ? field.id : at));
      }
    };
    const ids = readdirSync(plugins, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
      .filter((id) => { try { return Boolean(definition(id)); } catch { return false; } });
    expect(ids.length).toBeGreaterThanOrEqual(6);
    ids.forEach((id) => walk(definition(id), id));
    expect(numbers).toEqual([]);
  });
});
