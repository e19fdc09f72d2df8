import { connectionIsLost, connectionWorks } from '../core/connection';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { km } from '../i18n/km';
import type { TenantContext } from '../core/tenant-context';
import './member-detail';

const answer = (body: unknown, status = 200) =>
  new Response(body === null ? null : JSON.stringify(body), {
    status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const ctx = (permissions: string[]): TenantContext => ({
  tenant: {
    slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' },
    children: ['wnu-north'], childNames: [{ slug: 'wnu-north', names: { km: 'ខាងជើង', en: 'North' } }], modules: [],
  },
  modules: [],
  grants: { permissions },
});
const member = {
  id: 12, memberCode: 'WNU-0012', workingName: 'ដារា', chapter: 'wnu-north', chapterNames: { km: 'ខាងជើង', en: 'North' },
  status: 'active', createdAt: '2026-11-29T03:00:00Z',
};
const summaries = [
  { module: 'legal-aid', moduleName: { km: 'ជំនួយផ្លូវច្បាប់', en: 'Legal aid' }, unavailable: false, summary: {
    title: { km: 'សំណុំរឿង', en: 'Legal aid cases' }, view: 'cases',
    lines: [{ label: { km: 'បើក', en: 'Open' }, value: { km: '2', en: '2' } }] } },
  { module: 'union-dues', moduleName: { km: 'វិភាគទាន', en: 'Union dues' }, unavailable: true, summary: null },
];

type Screen = HTMLElement & { updateComplete: Promise<boolean> };

const place = (tag: string, props: object): Screen => {
  const element = Object.assign(document.createElement(tag), props) as unknown as Screen;
  document.body.append(element);
  return element;
};

const settle = async (element: Screen) => {
  for (let i = 0; i < 4; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
};

const inner = (page: Screen, tag: string) => page.shadowRoot!.querySelector(tag) as Screen;

beforeEach(() => setLanguage('km'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('a member\'s page', () => {
  it('names the chapter and gathers what each module holds, with a link to the module', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      answer(String(url).endsWith('/summaries') ? summaries : member));
    const page = place('member-detail', { ctx: ctx(['member:read']), memberId: '12' });
    await settle(page);
    expect(page.shadowRoot!.querySelector('#chapter')!.textContent).toBe('ខាងជើង');
    const found = inner(page, 'member-summaries');
    await settle(found);
    const text = found.shadowRoot!.textContent!;
    expect(text).toContain('សំណុំរឿង');
    expect(found.shadowRoot!.querySelector('[data-module=legal-aid] a')!.getAttribute('href')).toBe('#/t/wnu/m/legal-aid/cases');
    expect(found.shadowRoot!.querySelector('[data-module=union-dues]')!.textContent)
      .toBe(km['summaries.unavailable'].replace('{module}', 'វិភាគទាន'));
    expect(page.shadowRoot!.querySelector('member-edit'), 'no edit without member:write').toBeNull();
  });

  it('changes the working name and the chapter, and shows the answer', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      if (init?.method === 'PUT') return answer({ ...member, workingName: 'ដារា គីម', chapter: null, chapterNames: null });
      return answer(String(url).endsWith('/summaries') ? [] : member);
    });
    const page = place('member-detail', { ctx: ctx(['member:read', 'member:write']), memberId: '12' });
    await settle(page);
    const edit = inner(page, 'member-edit');
    await settle(edit);
    edit.shadowRoot!.querySelector<HTMLButtonElement>('#edit-member')!.click();
    await settle(edit);
    const name = edit.shadowRoot!.querySelector<HTMLInputElement>('#edit-workingName')!;
    expect(name.value).toBe('ដារា');
    name.value = 'ដារា គីម';
    edit.shadowRoot!.querySelector<HTMLSelectElement>('#edit-chapter')!.value = '';
    edit.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(edit);
    await settle(page);
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/t/wnu/members/12');
    expect(JSON.parse(String(put[1]!.body))).toEqual({ workingName: 'ដារា គីម', chapter: null });
    expect(page.shadowRoot!.querySelector('h1')!.textContent).toBe('ដារា គីម');
  });

  it('says beside the field, in Khmer, why the server refused a value', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ status: 400, detail: 'dateOfBirth: must be a past date',
      code: 'must-be-past', field: 'dateOfBirth', invalid: [{ field: 'dateOfBirth', code: 'must-be-past' }] }, 400));
    await import('./identity-edit');
    const edit = place('identity-edit', { tenant: 'wnu', memberId: '12',
      identity: { legalName: 'L', phone: null, dateOfBirth: null, idNumber: null } });
    await settle(edit);
    edit.shadowRoot!.querySelector<HTMLButtonElement>('#edit-identity')!.click();
    await settle(edit);
    edit.shadowRoot!.querySelector<HTMLInputElement>('#dateOfBirth')!.value = '2999-01-01';
    edit.shadowRoot!.querySelector<HTMLTextAreaElement>('#reason')!.value = 'She brought her new card';
    edit.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(edit);
    const beside = edit.shadowRoot!.querySelector('#dateOfBirth-problem')!;
    expect(beside.textContent).toBe(km['problem.must-be-past']);
    expect(edit.shadowRoot!.querySelector('#dateOfBirth')!.getAttribute('aria-invalid')).toBe('true');
    expect(edit.shadowRoot!.querySelector('#dateOfBirth')!.getAttribute('aria-describedby')).toBe('dateOfBirth-problem');
    expect(edit.shadowRoot!.textContent).not.toContain('must be a past date');
  });

  it('leaves an unreached server to the app\'s one banner: no error under the form, and what was typed kept', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await import('./member-edit');
    const edit = place('member-edit', { ctx: ctx(['member:write']), member });
    await settle(edit);
    edit.shadowRoot!.querySelector<HTMLButtonElement>('#edit-member')!.click();
    await settle(edit);
    const name = edit.shadowRoot!.querySelector<HTMLInputElement>('#edit-workingName')!;
    name.value = 'ស្រីពៅ ថ្មី';
    edit.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(edit);
    expect(connectionIsLost()).toBe(true);
    expect(edit.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    expect(edit.shadowRoot!.querySelector<HTMLInputElement>('#edit-workingName')!.value).toBe('ស្រីពៅ ថ្មី');
    connectionWorks();
  });
});
