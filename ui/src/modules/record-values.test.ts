import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { km } from '../i18n/km';
import { setLanguage } from '../i18n/locale';
import { inputValue, recordIdValue } from './form-prefill';
import { rowTarget } from './row-opens';
import { servedDefinition } from './served-definition';
import { findView, type ModuleUiDefinition } from './ui-definition';
import './module-form';
import './module-detail';
import './module-list';

const legalAid: ModuleUiDefinition = servedDefinition('plugins/legal-aid/src/main/resources/ui/legal-aid.json');
const where = { tenant: 'wnu', moduleId: 'legal-aid' };
const admin = { permissions: ['*'] };

const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

type Mounted = HTMLElement & { updateComplete: Promise<boolean> };
const settle = async (element: Mounted) => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await element.updateComplete;
  }
};
async function mount(tag: string, props: object): Promise<Mounted> {
  const element = Object.assign(document.createElement(tag), props) as Mounted;
  document.body.append(element);
  await settle(element);
  return element;
}
const sent = (fetch: ReturnType<typeof vi.spyOn>, index: number) => {
  const [url, init] = fetch.mock.calls[index] as [string, RequestInit];
  return [url, init.method, JSON.parse(String(init.body))];
};

beforeEach(() => setLanguage('km'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('what a list row opens', () => {
  it('is this view\'s record by id, another view\'s by a row member, or nothing', () => {
    const view = { id: 'cases', kind: 'list', resource: 'cases', label: { km: 'ក', en: 'C' } };
    expect(rowTarget(view, { id: 7 })).toEqual({ view: 'cases', id: '7' });
    expect(rowTarget({ ...view, opens: 'detentions' }, { id: 2 })).toEqual({ view: 'detentions', id: '2' });
    expect(rowTarget({ ...view, opens: { view: 'cases', key: 'caseId' } }, { id: 3, caseId: 7 })).toEqual({ view: 'cases', id: '7' });
    expect(rowTarget({ ...view, opens: { view: 'cases', key: 'caseId' } }, { id: 3 })).toBeNull();
    expect(rowTarget({ ...view, opens: false }, { id: 3 })).toBeNull();
  });

  it('links an upcoming date to its case, and a member\'s own case to nothing', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer([{ id: 3, caseId: 7, kind: 'hearing', dueOn: '2026-12-01', done: false }]));
    const dates = await mount('module-list', { where, ui: legalAid, view: findView(legalAid, 'upcoming-dates'), grants: admin });
    expect(dates.shadowRoot!.querySelector('tbody a')!.getAttribute('href')).toBe('#/t/wnu/m/legal-aid/cases/7');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer([{ id: 7, caseType: 'court', status: 'open' }]));
    const mine = await mount('module-list', { where, ui: legalAid, view: findView(legalAid, 'my-cases'), grants: admin });
    expect(mine.shadowRoot!.querySelectorAll('tbody tr').length).toBe(1);
    expect(mine.shadowRoot!.querySelector('tbody a')).toBeNull();
  });
});

describe('a form opened from its record', () => {
  it('sends the record\'s id as the member it names, then goes back to the record', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ memberAttendees: 1 }, 201));
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(legalAid, 'training-attendance-new'), recordId: '5', itemId: '' });
    const root = form.shadowRoot!;
    expect(root.querySelector('a')!.getAttribute('href')).toBe('#/t/wnu/m/legal-aid/trainings/5');
    (root.querySelector('#field-memberCode') as HTMLInputElement).value = 'WNU-0001';
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(sent(fetch, 0)).toEqual(['/api/t/wnu/legal-aid/attendance', 'POST', { memberCode: 'WNU-0001', trainingId: 5 }]);
    expect(replace).toHaveBeenCalledWith('#/t/wnu/m/legal-aid/trainings/5');
  });

  it('proposes a referral for the case it was opened from, an unticked consent sent as false', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'POST'
      ? answer({ id: 9 }, 201) : answer([{ id: 4, name: 'Legal Aid Clinic' }]));
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-referral-new'), recordId: '7', itemId: '' });
    const root = form.shadowRoot!;
    (root.querySelector('#field-serviceId') as HTMLSelectElement).value = '4';
    (root.querySelector('#field-referralNeed') as HTMLSelectElement).value = 'legal-advice';
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(sent(fetch, 1)).toEqual(['/api/t/wnu/legal-aid/referrals', 'POST',
      { serviceId: 4, referralNeed: 'legal-advice', consentGiven: false, caseId: 7 }]);
  });

  it('is not offered without its record', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer([{ id: 4, name: 'Legal Aid Clinic' }]));
    const form = await mount('module-form', { where, view: findView(legalAid, 'case-referral-new'), recordId: '', itemId: '' });
    expect(form.shadowRoot!.querySelector('form')).toBeNull();
    expect(recordIdValue('12')).toBe(12);
    expect(recordIdValue('0x1')).toBe('0x1');
  });
});

describe('a change form', () => {
  it('starts from the record and sends the whole record back, an unticked box as false', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'PUT'
      ? answer({}) : answer({ id: 4, name: 'Legal Aid Clinic', serviceKind: 'legal-service', area: 'kandal', phone: null, active: true }));
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const form = await mount('module-form', { where, view: findView(legalAid, 'service-change'), recordId: '4', itemId: '' });
    const root = form.shadowRoot!;
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/legal-aid/services/4');
    expect((root.querySelector('#field-name') as HTMLInputElement).value).toBe('Legal Aid Clinic');
    const area = root.querySelector('#field-area') as HTMLSelectElement;
    expect(area.value).toBe('kandal');
    const active = root.querySelector('#field-active') as HTMLInputElement;
    expect(active.checked).toBe(true);
    active.checked = false;
    root.querySelector('form')!.requestSubmit();
    await settle(form);
    expect(sent(fetch, 1)).toEqual(['/api/t/wnu/legal-aid/services/4', 'PUT',
      { name: 'Legal Aid Clinic', serviceKind: 'legal-service', area: 'kandal', phone: null, active: false }]);
  });

  it('shows money in major units and a time as the input takes it', () => {
    expect(inputValue({ name: 'amount', type: 'money', label: { km: '', en: '' } }, { amount: 250000 })).toBe('2500');
    expect(inputValue({ name: 'at', type: 'datetime', label: { km: '', en: '' } }, { at: 'nonsense' })).toBe('');
    expect(inputValue({ name: 'x', type: 'text', label: { km: '', en: '' } }, {})).toBe('');
  });
});

describe('a referral\'s detail', () => {
  const actionsFor = async (referral: object) => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 9, caseId: 7, ...referral }));
    const detail = await mount('module-detail', { where, view: findView(legalAid, 'referrals'), recordId: '9', grants: admin });
    const hrefs = [...detail.shadowRoot!.querySelectorAll('a.button')].map((a) => a.getAttribute('href')!.split('/')[5]);
    detail.remove();
    return hrefs;
  };

  it('offers consent and each move only where the workflow allows it', async () => {
    expect(await actionsFor({ referralStatus: 'proposed', consent: 'pending' }))
      .toEqual(['referral-consent-give', 'referral-consent-refuse', 'referral-cancel']);
    expect(await actionsFor({ referralStatus: 'proposed', consent: 'given' }))
      .toEqual(['referral-consent-withdraw', 'referral-send', 'referral-cancel']);
    expect(await actionsFor({ referralStatus: 'sent', consent: 'given' }))
      .toEqual(['referral-consent-withdraw', 'referral-accept', 'referral-decline', 'referral-cancel']);
    expect(await actionsFor({ referralStatus: 'accepted', consent: 'given' }))
      .toEqual(['referral-consent-withdraw', 'referral-complete', 'referral-cancel']);
    expect(await actionsFor({ referralStatus: 'completed', consent: 'given' })).toEqual([]);
  });

  it('says why a move is refused in the app\'s words, never the module\'s English', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ code: 'consent-not-given',
      detail: 'This referral cannot be sent: the client\'s consent is asked. Record the client\'s consent as given first.' }, 409));
    const form = await mount('module-form', { where, view: findView(legalAid, 'referral-send'), recordId: '9', itemId: '' });
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle(form);
    const alert = form.shadowRoot!.querySelector('[role=alert]')!.textContent!;
    expect(alert).toBe(km['problem.consent-not-given']);
    expect(form.shadowRoot!.textContent).not.toContain('Record the client');
  });
});
