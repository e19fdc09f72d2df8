import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, startSession } from '../core/session';
import type { TenantContext } from '../core/tenant-context';
import { formatNumber } from '../i18n/format';
import { km } from '../i18n/km';
import { setLanguage } from '../i18n/locale';
import { fileName } from './export-download';
import { PAGE_SIZE, fieldsOffPhone, pageSteps, phoneColumnNames, readPage } from './list-page';
import { findView, type ModuleUiDefinition, type ViewDefinition } from './ui-definition';
import './module-list';
import './module-table';
import './module-detail';
import '../members/member-register';

const definition = (id: string): ModuleUiDefinition => JSON.parse(readFileSync(
  resolve(process.cwd(), `../plugins/${id}/src/main/resources/ui/${id}.json`), 'utf8'));
const legalAid = definition('legal-aid');
const unionDues = definition('union-dues');

const answer = (body: unknown, headers: Record<string, string> = {}, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

type Screen = HTMLElement & { updateComplete: Promise<boolean> };

async function mount(tag: string, props: object): Promise<Screen> {
  const element = Object.assign(document.createElement(tag), props) as unknown as Screen;
  document.body.append(element);
  await settle(element);
  return element;
}

async function settle(element: Screen) {
  for (let i = 0; i < 3; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

const arrearsRow = (i: number) => ({
  memberId: i, memberCode: `WNU-${String(i).padStart(4, '0')}`, workingName: `Name ${i}`, chapter: 'north',
  periodsOwed: 2, arrearsMinor: 500, currency: 'USD', coveredUntil: '2026-09', inGoodStanding: false,
});
const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => arrearsRow(from + i));
const treasurer = { permissions: ['dues:report:read'] };
const where = { tenant: 'wnu', moduleId: 'union-dues' };

beforeEach(() => {
  setLanguage('en');
  startSession({ token: 'list-token', tenant: 'wnu', accountId: 1, expiresAt: '2999-01-01T00:00:00Z' }, false);
});
afterEach(() => {
  document.body.replaceChildren();
  endSession();
  vi.restoreAllMocks();
});

describe('the paging contract', () => {
  it('reads a page with offset and limit after the chosen query, and the total from X-Total-Count', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(rows(51, 50), { 'X-Total-Count': '120' }));
    const page = await readPage('/api/t/wnu/union-dues/arrears', new URLSearchParams([['chapter', 'north']]), 50);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/union-dues/arrears?chapter=north&offset=50&limit=50');
    expect(page).toMatchObject({ offset: 50, total: 120 });
    expect(page.rows).toHaveLength(50);
  });

  it('leads to every page when the total is known, and on while pages are full when it is not', () => {
    expect(pageSteps({ rows: rows(1, 50), offset: 0, total: 120 })).toEqual({ first: null, previous: null, next: 50, last: 100 });
    expect(pageSteps({ rows: rows(51, 50), offset: 50, total: 120 })).toEqual({ first: 0, previous: 0, next: 100, last: 100 });
    expect(pageSteps({ rows: rows(101, 20), offset: 100, total: 120 })).toEqual({ first: 0, previous: 50, next: null, last: null });
    expect(pageSteps({ rows: rows(1, 50), offset: 0, total: 50 })).toEqual({ first: null, previous: null, next: null, last: null });
    expect(pageSteps({ rows: rows(1, PAGE_SIZE), offset: 0, total: null })).toEqual({ first: null, previous: null, next: 50, last: null });
    expect(pageSteps({ rows: rows(1, 3), offset: 50, total: null }).next).toBeNull();
  });

  it('without a total, still pages while pages are full and says which rows are shown', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(rows(1, 50)));
    const list = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'arrears'), grants: treasurer });
    expect(list.shadowRoot!.querySelector('p.range')!.textContent).toBe('Rows 1–50');
    const next = [...list.shadowRoot!.querySelectorAll('nav button')].find((b) => b.textContent!.trim() === 'Next page') as HTMLButtonElement;
    expect(next.disabled).toBe(false);
  });
});

describe('every list the shipped modules define', () => {
  /**
   * The lists that need no paging, and why. Anything else reads a page at a time with the whole
   * count, or its older rows cannot be reached and the person cannot tell how many there are.
   */
  const UNPAGED: Record<string, string> = {
    'union-dues/my-standing': 'a member\'s own standing: a row per dues plan she is in',
    'education/my-children': 'a member\'s own children',
    'education/attendance-report': 'one month\'s report',
  };

  it('pages and says how many rows it has, unless it is short by nature', () => {
    const modules = readdirSync(resolve(process.cwd(), '../plugins'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(resolve(process.cwd(), `../plugins/${d.name}/src/main/resources/ui/${d.name}.json`)))
      .map((d) => d.name);
    expect(modules).toEqual(expect.arrayContaining(['legal-aid', 'union-dues', 'organising', 'health-referral', 'governance']));
    const unpaged = modules.flatMap((id) => definition(id).views
      .filter((v) => v.kind === 'list' && !v.paged && !(`${id}/${v.id}` in UNPAGED)).map((v) => `${id}/${v.id}`));
    expect(unpaged).toEqual([]);
  });
});

describe('a paged list', () => {
  it('says how many rows there are and pages past the first 50 to the last', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const offset = Number(new URL(String(input), 'http://x').searchParams.get('offset'));
      return answer(rows(offset + 1, Math.min(50, 120 - offset)), { 'X-Total-Count': '120' });
    });
    const list = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'arrears'), grants: treasurer });
    const root = list.shadowRoot!;
    // the chapters' names are asked for beside the first page (the list shows a chapter by name)
    const pages = () => fetch.mock.calls.map((c) => String(c[0])).filter((u) => u.startsWith('/api/t/'));
    expect(pages()[0]).toBe('/api/t/wnu/union-dues/arrears?offset=0&limit=50');
    expect(root.querySelector('p.range')!.textContent).toBe('1–50 of 120');
    const button = (label: string) => [...root.querySelectorAll('nav button')].find((b) => b.textContent!.trim() === label) as HTMLButtonElement;
    expect(button('Previous page').disabled).toBe(true);

    button('Next page').click();
    await settle(list);
    expect(pages()[1]).toBe('/api/t/wnu/union-dues/arrears?offset=50&limit=50');
    expect(root.querySelector('p.range')!.textContent).toBe('51–100 of 120');
    expect(root.querySelector('tbody td')!.textContent).toBe('WNU-0051');

    button('Last page').click();
    await settle(list);
    expect(pages()[2]).toBe('/api/t/wnu/union-dues/arrears?offset=100&limit=50');
    expect(root.querySelector('p.range')!.textContent).toBe('101–120 of 120');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(20);
    expect(button('Next page').disabled).toBe(true);
  });

  it('pages in Khmer, with the numbers as the app writes them there', async () => {
    setLanguage('km');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(rows(1, 50), { 'X-Total-Count': '1234' }));
    const list = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'arrears'), grants: treasurer });
    expect(list.shadowRoot!.querySelector('p.range')!.textContent).toBe(`${formatNumber(1)}–${formatNumber(50)} ក្នុងចំណោម ${formatNumber(1234)}`);
  });
});

describe('a read that is refused', () => {
  it('says why in Khmer, naming the filter, and "check the connection" only when no answer came', async () => {
    setLanguage('km');
    const health = definition('health-referral');
    const view = findView(health, 'follow-ups')!;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer({ detail: 'days: at most 90 days ahead.' }, {}, 400));
    const list = await mount('module-list', { where: { tenant: 'wnu', moduleId: 'health-referral' }, ui: health, view,
      grants: { permissions: ['health:referral:read'] } });
    const label = view.query!.find((f) => f.name === 'days')!.label.km;
    expect(list.shadowRoot!.querySelector('[role=alert]')!.textContent).toBe(km['problem.general.field'].replace('{field}', label));
    expect(list.shadowRoot!.textContent).not.toContain('at most 90');

    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer({ detail: 'The chapter north is locked down.' }, {}, 423));
    const detail = await mount('module-detail', { where: { tenant: 'wnu', moduleId: 'legal-aid' }, view: findView(legalAid, 'cases'),
      recordId: '7', grants: { permissions: ['legal:case:read'] } });
    await settle(detail);
    expect(detail.shadowRoot!.querySelector('[role=alert], .error')!.textContent).toBe(km['problem.general.locked']);

    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const offline = await mount('module-list', { where: { tenant: 'wnu', moduleId: 'health-referral' }, ui: health, view,
      grants: { permissions: ['health:referral:read'] } });
    expect(offline.shadowRoot!.querySelector('[role=alert]')!.textContent).toBe(km['error.load']);
  });
});

describe('columns on a phone', () => {
  it('are those the view names, or its first three', () => {
    const arrears = findView(unionDues, 'arrears')!;
    expect([...phoneColumnNames(arrears)]).toEqual(['memberCode', 'periodsOwed', 'arrearsMinor']);
    const plain: ViewDefinition = { ...arrears, phoneColumns: undefined };
    expect([...phoneColumnNames(plain)]).toEqual(['memberCode', 'workingName', 'chapter']);
    expect(fieldsOffPhone(arrears).map((f) => f.name)).toEqual(['workingName', 'chapter', 'currency', 'coveredUntil', 'inGoodStanding']);
  });

  it('every list the shipped modules define shows at most three columns on a phone', () => {
    for (const ui of [legalAid, unionDues]) {
      for (const view of ui.views.filter((v) => v.kind === 'list')) {
        expect(phoneColumnNames(view).size, view.id).toBeLessThanOrEqual(3);
        expect(view.phoneColumns ?? [], view.id).toEqual([...phoneColumnNames(view)].slice(0, view.phoneColumns?.length ?? 0));
      }
    }
  });

  it('marks the other columns off the phone, and puts them under "More" only where the row has no detail showing them', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(rows(1, 2), { 'X-Total-Count': '2' }));
    const arrears = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'arrears'), grants: treasurer });
    const root = arrears.shadowRoot!;
    const headers = [...root.querySelectorAll('th')];
    const shown = headers.filter((th) => !th.classList.contains('off-phone')).map((th) => th.textContent!.trim());
    expect(shown.slice(0, 3)).toEqual(['Member code', 'Periods owed', 'Owed']);
    expect(shown).toHaveLength(4); // and the row's link column
    // arrears rows open no detail: the rest is under "More"
    const more = root.querySelector('tbody tr details.phone-only')!;
    expect(more.querySelector('summary')!.textContent).toBe('More');
    expect(more.querySelector('dl')!.textContent).toContain('Name 1');

    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer([{ id: 3, caseType: 'detention', status: 'open' }], { 'X-Total-Count': '1' }));
    const cases = await mount('module-list', {
      where: { tenant: 'wnu', moduleId: 'legal-aid' }, ui: legalAid, view: findView(legalAid, 'cases'), grants: { permissions: ['legal:case:read'] },
    });
    // a case's own detail shows every field
    expect(cases.shadowRoot!.querySelector('details')).toBeNull();
    expect(cases.shadowRoot!.querySelector('tbody a')!.getAttribute('href')).toContain('/cases/3');
  });
});

describe('an export', () => {
  let saved: { name: string; href: string }[];
  beforeEach(() => {
    saved = [];
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
  });

  it('is a button that downloads the whole file through the session, named by the server, with no person in the address', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => String(input).includes('/export')
      ? new Response('memberCode\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="arrears.csv"' } })
      : answer(rows(1, 1), { 'X-Total-Count': '1' }));
    const list = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'arrears'), grants: treasurer });
    const exports = list.shadowRoot!.querySelector('export-buttons')!.shadowRoot!;
    const buttons = [...exports.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).toEqual(['Download arrears (CSV)', 'Download arrears (Excel)']);
    buttons[0].click();
    await settle(list.shadowRoot!.querySelector('export-buttons') as Screen);
    const [url, init] = fetch.mock.calls[1];
    expect(url).toBe('/api/t/wnu/union-dues/arrears/export?format=csv');
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer list-token');
    expect(init!.credentials).toBe('omit');
    expect(saved).toEqual([{ name: 'arrears.csv', href: 'blob:export' }]);
    expect(exports.querySelector('[role=status]')!.textContent).toBe('Downloaded: arrears.csv');
  });

  it('says why when the server refuses, and is not offered without its permission', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => String(input).includes('/export')
      ? answer({ detail: 'locked' }, {}, 423) : answer([], { 'X-Total-Count': '0' }));
    const list = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'collections'), grants: treasurer });
    const holder = list.shadowRoot!.querySelector('export-buttons') as Screen;
    holder.shadowRoot!.querySelector('button')!.click();
    await settle(holder);
    expect(holder.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('locked down');
    expect(saved).toEqual([]);

    const none = await mount('module-list', { where, ui: unionDues, view: findView(unionDues, 'collections'), grants: { permissions: [] } });
    expect(none.shadowRoot!.querySelector('export-buttons')!.shadowRoot!.querySelector('button')).toBeNull();
  });

  it('takes only a plain file name from the server', () => {
    expect(fileName('attachment; filename="arrears.xlsx"', 'x.csv')).toBe('arrears.xlsx');
    expect(fileName('attachment; filename=register-wnu.csv', 'x.csv')).toBe('register-wnu.csv');
    expect(fileName('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('x.csv');
    expect(fileName('attachment; filename="Dara Sok.csv"', 'x.csv')).toBe('x.csv');
    expect(fileName(null, 'union-dues-arrears.csv')).toBe('union-dues-arrears.csv');
  });

  it('is offered on the register to whoever may export it', async () => {
    const ctx = (permissions: string[]): TenantContext => ({
      tenant: { slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' }, children: [], modules: [] },
      modules: [], grants: { permissions },
    });
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => String(input).includes('/export')
      ? new Response('x', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="register-wnu.csv"' } })
      : answer([]));
    const register = await mount('member-register', { ctx: ctx(['member:read', 'member:export']) });
    const holder = register.shadowRoot!.querySelector('export-buttons') as Screen;
    holder.shadowRoot!.querySelector('button')!.click();
    await settle(holder);
    expect(fetch.mock.calls.map(([u]) => u)).toContain('/api/t/wnu/members/export');
    expect(saved.map((s) => s.name)).toEqual(['register-wnu.csv']);

    const reader = await mount('member-register', { ctx: ctx(['member:read']) });
    expect(reader.shadowRoot!.querySelector('export-buttons')).toBeNull();
  });
});
