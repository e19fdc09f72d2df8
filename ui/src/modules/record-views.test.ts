import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { km } from '../i18n/km';
import { setLanguage } from '../i18n/locale';
import { crossTable, type CrossTableAnswer } from './cross-table';
import { fileProblem } from './file-field';
import { resolveOptions } from './field-options';
import { fillResource, isRecordResource } from './record-template';
import { servedDefinition } from './served-definition';
import { findView, offeredFor, type ModuleUiDefinition } from './ui-definition';
import './module-form';
import './module-detail';
import './module-table';
import './module-list';

const legalAid: ModuleUiDefinition = servedDefinition('plugins/legal-aid/src/main/resources/ui/legal-aid.json');
const where = { tenant: 'wnu', moduleId: 'legal-aid' };
const admin = { permissions: ['*'] };

const answer = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

type Mounted = HTMLElement & { updateComplete: Promise<boolean> };
async function mount(tag: string, props: object): Promise<Mounted> {
  const element = Object.assign(document.createElement(tag), props) as Mounted;
  document.body.append(element);
  for (let i = 0; i < 4; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
  return element;
}
const settle = async (element: Mounted) => {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await element.updateComplete;
  }
};

beforeEach(() => setLanguage('km'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('a record resource', () => {
  it('fills the record id and a related row\'s key, and refuses what is not one path segment', () => {
    expect(isRecordResource('cases/{id}/close')).toBe(true);
    expect(isRecordResource('cases')).toBe(false);
    expect(fillResource('cases/{id}/dates/{item}/done', { id: '7', item: '3' })).toBe('cases/7/dates/3/done');
    expect(fillResource('detentions/{id}/needs/{item}', { id: '2', item: 'hiv-medicine' })).toBe('detentions/2/needs/hiv-medicine');
    expect(fillResource('cases/{id}/close', {})).toBeNull();
    expect(fillResource('cases/{id}/close', { id: '..' })).toBeNull();
    expect(fillResource('cases/{id}/close', { id: '1/../../x' })).toBeNull();
    expect(fillResource('cases', {})).toBe('cases');
  });

  it('offers an action only while the record is in a state its `when` names', () => {
    const start = findView(legalAid, 'cases')!.actions!.find((a) => a.view === 'case-start')!;
    expect(offeredFor(start, { status: 'open' })).toBe(true);
    expect(offeredFor(start, { status: 'closed' })).toBe(false);
    const release = findView(legalAid, 'detentions')!.actions!.find((a) => a.view === 'detention-release')!;
    expect(offeredFor(release, { releasedAt: null })).toBe(true);
    expect(offeredFor(release, {})).toBe(true);
    expect(offeredFor(release, { releasedAt: '2026-11-29T03:00:00Z' })).toBe(false);
  });
});

describe('a record form', () => {
  it('closes a case with its outcome, then goes back to the case', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 7, status: 'closed' }));
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-close'), recordId: '7', itemId: '' });
    const root = form.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).toBe('បិទករណី');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('#/t/wnu/m/legal-aid/cases/7');
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(root.querySelector('#field-outcome')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#field-outcome')!.getAttribute('aria-describedby')).toBe('field-outcome-error');
    expect(fetch).not.toHaveBeenCalled();
    (root.querySelector('#field-outcome') as HTMLSelectElement).value = 'resolved';
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    const [url, init] = fetch.mock.calls[0];
    expect([url, init!.method, JSON.parse(String(init!.body))]).toEqual(['/api/t/wnu/legal-aid/cases/7/close', 'POST', { outcome: 'resolved' }]);
    expect(replace).toHaveBeenCalledWith('#/t/wnu/m/legal-aid/cases/7');
  });

  it('confirms without fields, sending its fixed values with PUT to the related row', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({}));
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(legalAid, 'detention-need-met'), recordId: '4', itemId: 'hiv-medicine' });
    const root = form.shadowRoot!;
    expect(root.querySelectorAll('input, select, textarea').length).toBe(0);
    expect(root.querySelector('button')!.textContent!.trim()).toBe('បញ្ជាក់');
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    const [url, init] = fetch.mock.calls[0];
    expect([url, init!.method, JSON.parse(String(init!.body))]).toEqual(['/api/t/wnu/legal-aid/detentions/4/needs/hiv-medicine', 'PUT', { met: true }]);
  });

  it('says a refused move in the app\'s words (the module\'s English only under "Details" in English)', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer({ detail: 'A closed case cannot be started.' }, 409));
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-start'), recordId: '7', itemId: '' });
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(form.shadowRoot!.querySelector('[role=alert]')!.textContent).toBe(km['problem.general.conflict']);
    expect(form.shadowRoot!.textContent).not.toContain('A closed case cannot be started.');

    setLanguage('en');
    const english = await mount('module-form', { where, view: findView(legalAid, 'case-start'), recordId: '7', itemId: '' });
    english.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(english);
    expect(english.shadowRoot!.querySelector('[role=alert]')!.textContent).toBe(en['problem.general.conflict']);
    expect(english.shadowRoot!.querySelector('details p[lang=en]')!.textContent).toBe('A closed case cannot be started.');
  });

  it('names the field a refusal with an unknown code is about, by its label, and says so beside it', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ detail: 'outcome: not one this case may end with.',
      code: 'outcome-odd', field: 'outcome' }, 422));
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-close'), recordId: '7', itemId: '' });
    const root = form.shadowRoot!;
    const select = root.querySelector('select') as HTMLSelectElement;
    select.value = select.options[select.options.length - 1].value;
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    const label = findView(legalAid, 'case-close')!.fields!.find((f) => f.name === 'outcome')!.label.km;
    expect(root.querySelector('[role=alert]')!.textContent).toBe(km['problem.general.field'].replace('{field}', label));
    expect(root.textContent).toContain(km['problem.general.fieldHere']);
    expect(root.textContent).not.toContain('not one this case may end with');
  });

  it('is not sent without its record', async () => {
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-close'), recordId: '', itemId: '' });
    expect(form.shadowRoot!.querySelector('form')).toBeNull();
  });
});

describe('options read from a module resource', () => {
  it('lists the assignees by name and sends the account id as a number', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => String(url).startsWith('/api/t/wnu/legal-aid/assignees?')
      ? answer([{ accountId: 1, username: 'sokha' }, { accountId: 12, username: 'dara' }]) : answer({}));
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-assign'), recordId: '7', itemId: '' });
    const root = form.shadowRoot!;
    const options = [...root.querySelectorAll('#field-accountId option')].map((o) => o.textContent);
    expect(options.slice(1)).toEqual(['sokha', 'dara']);
    (root.querySelector('#field-accountId') as HTMLSelectElement).value = '12';
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    const [url, init] = fetch.mock.calls[1];
    expect([url, init!.method, init!.body]).toEqual(['/api/t/wnu/legal-aid/cases/7/assignee', 'PUT', '{"accountId":12}']);
  });

  it('reads each resource once, whatever the number of fields naming it', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer([{ id: 'a', name: 'A' }]));
    const source = { resource: 'people', value: 'id', label: 'name' };
    const fields = await resolveOptions(where, [
      { name: 'x', type: 'enum', label: { km: 'ក', en: 'X' }, optionsFrom: source },
      { name: 'y', type: 'enum', label: { km: 'ខ', en: 'Y' }, optionsFrom: source },
      { name: 'z', type: 'text', label: { km: 'គ', en: 'Z' } }]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fields.map((f) => f.options?.map((o) => o.value))).toEqual([['a'], ['a'], undefined]);
  });

  it('reads every page of a resource that pages, not only the first 50', async () => {
    const facilities = Array.from({ length: 230 }, (_, i) => ({ id: i + 1, name: `Facility ${i + 1}` }));
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const query = new URL(String(url), 'http://x').searchParams;
      const offset = Number(query.get('offset'));
      return answer(facilities.slice(offset, offset + Number(query.get('limit'))), 200, { 'X-Total-Count': '230' });
    });
    const [field] = await resolveOptions(where, [{ name: 'facilityId', type: 'enum', label: { km: 'ក', en: 'X' },
      optionsFrom: { resource: 'facilities', value: 'id', label: 'name' } }]);
    expect(field.options).toHaveLength(230);
    expect(field.options!.at(-1)!.label.en).toBe('Facility 230');
    expect(fetch.mock.calls.map((c) => String(c[0]))).toEqual(['/api/t/wnu/legal-aid/facilities?offset=0&limit=200',
      '/api/t/wnu/legal-aid/facilities?offset=200&limit=200']);
  });
});

describe('a file upload', () => {
  const field = findView(legalAid, 'case-attachment-new')!.fields![0];

  it('checks the type and size before a slow upload starts', () => {
    expect(fileProblem(field, new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }))).toBeNull();
    expect(fileProblem(field, new File(['x'], 'a.doc', { type: 'application/msword' }))).toBe('form.fileType');
    expect(fileProblem(field, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' })))
      .toBe('form.fileTooLarge');
    expect(fileProblem(field, null)).toBe('form.required');
  });

  it('sends the file as the body with its type, and shows the module\'s 413/415 detail', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ detail: 'The file is not a PDF, JPEG or PNG.' }, 415));
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-attachment-new'), recordId: '7', itemId: '' });
    const root = form.shadowRoot!;
    const input = root.querySelector('#field-file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/pdf,image/jpeg,image/png');
    const file = new File(['%PDF-1.4 fake'], 'x.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file] });
    const submitted = new FormData();
    submitted.set('file', file);
    // jsdom's FormData does not read a file input set this way, so the form's data is given as it would be
    vi.spyOn(window, 'FormData').mockImplementation(function formData() { return submitted; } as unknown as () => FormData);
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/t/wnu/legal-aid/cases/7/attachments');
    expect((init!.headers as Record<string, string>)['Content-Type']).toBe('application/pdf');
    expect(init!.body).toBe(file);
    expect(root.querySelector('[role=alert]')!.textContent).toBe(km['problem.general.wrongType']);
  });
});

describe('a record\'s detail with related lists', () => {
  it('shows the hearings, reads the audited notes only when asked, and offers actions by state', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const path = String(url);
      if (path.endsWith('/cases/7')) return answer({ id: 7, caseType: 'court', clientKind: 'non-member', status: 'in-progress' });
      if (path.endsWith('/cases/7/dates')) return answer([{ id: 3, caseId: 7, kind: 'hearing', dueOn: '2026-12-01', done: false },
        { id: 4, caseId: 7, kind: 'deadline', dueOn: '2026-11-01', done: true }]);
      if (path.endsWith('/cases/7/notes')) return answer([{ id: 1, caseId: 7, text: 'Met at the station', writtenAt: '2026-11-29T03:00:00Z' }]);
      return answer([]);
    });
    const detail = await mount('module-detail', { where, view: findView(legalAid, 'cases'), recordId: '7', grants: admin });
    await settle(detail);
    const root = detail.shadowRoot!;
    const actions = [...root.querySelectorAll('a.button')].map((a) => a.getAttribute('href'));
    expect(actions).toEqual(['#/t/wnu/m/legal-aid/case-close/7', '#/t/wnu/m/legal-aid/case-assign/7']);
    const lists = [...root.querySelectorAll('module-related-list')] as Mounted[];
    await Promise.all(lists.map(settle));
    const [dates, notes] = lists.map((l) => l.shadowRoot!);
    expect(dates.querySelector('h2')!.textContent).toBe('សវនាការ និងថ្ងៃផុតកំណត់');
    expect([...dates.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent)).toEqual(['សវនាការ', 'ថ្ងៃផុតកំណត់']);
    // "mark done" on the hearing not yet done, only
    expect([...dates.querySelectorAll('tbody a')].map((a) => a.getAttribute('href'))).toEqual(['#/t/wnu/m/legal-aid/case-date-done/7/3']);
    expect([...dates.querySelectorAll('.row a.button')].map((a) => a.getAttribute('href'))[0]).toBe('#/t/wnu/m/legal-aid/case-date-new/7');
    expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/notes'))).toBe(false);
    (notes.querySelector('button') as HTMLButtonElement).click();
    await settle(lists[1]);
    expect(notes.querySelector('tbody td')!.textContent).toBe('Met at the station');
  });
});

describe('a list with query fields', () => {
  it('reads at once, then again with what the person chose', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer([]));
    const list = await mount('module-list', { where, ui: legalAid, view: findView(legalAid, 'cases'), grants: admin });
    const root = list.shadowRoot!;
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/legal-aid/cases?offset=0&limit=50');
    expect(root.querySelector('form[role=search] label')!.textContent).toContain('ស្ថានភាព');
    (root.querySelector('#field-status') as HTMLSelectElement).value = 'in-progress';
    root.querySelector('form')!.requestSubmit();
    await settle(list);
    expect(fetch.mock.calls[1][0]).toBe('/api/t/wnu/legal-aid/cases?status=in-progress&offset=0&limit=50');
  });
});

describe('a report table', () => {
  const report: CrossTableAnswer = {
    rowsBy: 'act', columnsBy: 'perpetrator', threshold: 5,
    rows: [{ value: 'extortion', counts: [12, null], total: 15 }, { value: 'arbitrary-arrest', counts: [null, 6], total: null }],
    columns: ['police', 'gang'], columnTotals: [20, null], total: 29,
  };

  const words = {
    valueLabel: (d: string, v: string) => `${d}:${v}`, dimensionLabel: (d: string) => d.toUpperCase(), number: String,
    hidden: 'hidden', total: 'Total',
  };

  it('labels values, keeps totals last and words a suppressed cell', () => {
    const table = crossTable(report, words);
    expect(table.corner).toBe('ACT / PERPETRATOR');
    expect(table.columns).toEqual(['perpetrator:police', 'perpetrator:gang', 'Total']);
    expect(table.rows[0]).toEqual({ label: 'act:extortion', cells: [
      { text: '12', suppressed: false }, { text: 'hidden', suppressed: true }, { text: '15', suppressed: false }] });
    expect(table.rows[1].cells.map((c) => c.suppressed)).toEqual([true, false, true]);
    expect(table.totals.map((c) => c.text)).toEqual(['20', 'hidden', '29']);
  });

  it('says "hidden", never NaN, where a total is left out of the answer', () => {
    const { total: _, ...withoutTotal } = report;
    const table = crossTable({ ...withoutTotal, rows: [{ value: 'extortion', counts: [12, 6] }] }, words);
    expect(table.rows[0].cells.map((c) => c.text)).toEqual(['12', '6', 'hidden']);
    expect(table.totals.at(-1)).toEqual({ text: 'hidden', suppressed: true });
    expect(JSON.stringify(table)).not.toContain('NaN');
  });

  it('asks for the report\'s parameters, then draws it in Khmer and in English', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(report));
    const view = await mount('module-table', { where, view: findView(legalAid, 'advocacy-report') });
    const root = view.shadowRoot!;
    expect(fetch).not.toHaveBeenCalled();
    root.querySelector('form')!.requestSubmit();
    await settle(view);
    expect(root.querySelectorAll('[aria-invalid="true"]').length).toBe(4);
    (root.querySelector('#field-rows') as HTMLSelectElement).value = 'act';
    (root.querySelector('#field-columns') as HTMLSelectElement).value = 'perpetrator';
    (root.querySelector('#field-from') as HTMLInputElement).value = '2025-01';
    (root.querySelector('#field-to') as HTMLInputElement).value = '2025-12';
    root.querySelector('form')!.requestSubmit();
    await settle(view);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/legal-aid/reports/advocacy?rows=act&columns=perpetrator&from=2025-01&to=2025-12');
    const cells = () => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(cells()[0]).toEqual(['ការជំរិតទារប្រាក់', '12', 'លាក់', '15']);
    expect(cells()[2][0]).toBe('សរុប');
    expect(root.querySelectorAll('td.suppressed').length).toBe(4);
    setLanguage('en');
    await settle(view);
    expect(cells()[0]).toEqual(['Extortion', '12', 'hidden', '15']);
    expect(root.querySelector('thead th')!.textContent).toBe('Act / Perpetrator');
  });
});
