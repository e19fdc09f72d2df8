import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import type { TenantContext } from '../core/tenant-context';

const answer = (body: unknown, status = 200) =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const ctx = (permissions: string[]): TenantContext => ({
  tenant: { slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' }, children: [], modules: [] },
  modules: [],
  grants: { permissions },
});
const member = { id: 12, memberCode: 'WNU-0012', workingName: 'Dara', chapter: null, status: 'active', createdAt: '2026-11-29T03:00:00Z' };

type Screen = HTMLElement & { updateComplete: Promise<boolean> };

/** An element as the app makes it: properties set first, then put on the page. */
const place = (tag: string, props: object): Screen => {
  const element = Object.assign(document.createElement(tag), props) as unknown as Screen;
  document.body.append(element);
  return element;
};

const settle = async (element: Screen) => {
  for (let i = 0; i < 3; i++) {
    await element.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
};

beforeEach(() => setLanguage('km'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the member page', () => {
  it('loads when its code arrives after the app has set its properties (a lazily fetched screen)', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(member));
    // as the app draws it before the screen's code is in: a plain element holding the properties
    const page = place('member-detail', { ctx: ctx(['member:read']), memberId: '12' });
    await import('./member-detail');
    await settle(page);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/members/12');
    expect(page.shadowRoot!.querySelector('h1')!.textContent).toBe('Dara');
  });

  it('suspends, and erases only after a warning that says it cannot be undone', async () => {
    await import('./member-detail');
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      const method = init?.method ?? 'GET';
      if (method === 'PUT') return answer({ status: 'suspended' });
      if (method === 'POST') return answer(null, 204);
      return answer(member);
    });
    const page = place('member-detail', { ctx: ctx(['member:read', 'member:write', 'member:erase']), memberId: '12' });
    await settle(page);
    const standing = page.shadowRoot!.querySelector('member-standing') as Screen;
    await settle(standing);

    standing.shadowRoot!.querySelector<HTMLButtonElement>('#suspend')!.click();
    await settle(standing);
    await settle(page);
    const put = fetch.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(put[0]).toBe('/api/t/wnu/members/12/status');
    expect(JSON.parse(String(put[1]!.body))).toEqual({ status: 'suspended' });
    expect(page.shadowRoot!.textContent).toContain('ផ្អាក');
    await settle(standing);
    expect(standing.shadowRoot!.querySelector('#reinstate')).not.toBeNull();

    standing.shadowRoot!.querySelector<HTMLButtonElement>('#erase')!.click();
    const dialog = standing.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('មិនអាចត្រឡប់វិញបានទេ');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    dialog.querySelector<HTMLButtonElement>('#erase-confirm')!.click();
    await settle(standing);
    await settle(page);
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/t/wnu/members/12/erasure');
    expect(post[1]!.body).toBeUndefined();
    expect(page.shadowRoot!.querySelector('h1')).toBeNull();
    expect(page.shadowRoot!.querySelector('[role=status]')!.textContent).toContain('លុប');
  });

  it('offers no standing buttons to someone who may only read', async () => {
    await import('./member-detail');
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(member));
    const page = place('member-detail', { ctx: ctx(['member:read']), memberId: '12' });
    await settle(page);
    const standing = page.shadowRoot!.querySelector('member-standing') as Screen;
    await settle(standing);
    expect(standing.shadowRoot!.querySelector('button')).toBeNull();
  });
});

describe('the register', () => {
  it('searches by name and phone in a POST body, never in the address', async () => {
    await import('./member-register');
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer([member]));
    const register = place('member-register', { ctx: ctx(['member:read']) });
    await settle(register);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/wnu/members?offset=0&limit=20');
    expect(fetch.mock.calls[0][1]?.method).toBe('GET');

    const root = register.shadowRoot!;
    (root.querySelector('#q') as HTMLInputElement).value = 'Dara Sok';
    (root.querySelector('#phone') as HTMLInputElement).value = '012 345 678';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle(register);

    const [url, init] = fetch.mock.calls[1];
    expect(url).toBe('/api/t/wnu/members/search');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ q: 'Dara Sok', phone: '012 345 678', offset: 0, limit: 20 });
    for (const [called] of fetch.mock.calls) {
      expect(String(called)).not.toMatch(/Dara|345/);
    }
    expect(root.querySelector('ul.list')!.textContent).toContain('Dara');
  });
});

describe('adding a member at an organisation', () => {
  it('offers the chapters by their names, sending the slug', async () => {
    const organisation = ctx(['member:write']);
    organisation.tenant = { ...organisation.tenant, children: ['wnu-kampot'],
      childNames: [{ slug: 'wnu-kampot', names: { km: 'សាខាកំពត', en: 'Kampot chapter' } }] };
    await import('./member-form');
    const form = place('member-form', { ctx: organisation });
    await settle(form);
    const options = [...form.shadowRoot!.querySelectorAll<HTMLOptionElement>('#chapter option')].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([['', 'គ្មានសាខា (អង្គការផ្ទាល់)'], ['wnu-kampot', 'សាខាកំពត']]);
  });
});
