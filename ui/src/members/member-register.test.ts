import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import type { TenantContext } from '../core/tenant-context';
import './member-register';

const ctx: TenantContext = {
  tenant: { slug: 'wnu', type: 'organisation', status: 'active', parent: 'platform', names: { km: 'ក', en: 'W' }, children: [], modules: [] },
  modules: [],
  grants: { permissions: ['member:read'] },
};
const member = (id: number) => ({
  id, memberCode: `WNU-${String(id).padStart(4, '0')}`, workingName: `Name ${id}`, chapter: null, status: 'active',
  createdAt: '2026-11-29T03:00:00Z',
});

/** The register as a server with `total` members answers: the asked page, the total in X-Total-Count (unless null). */
function register(total: number, sayTotal = true) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(String(input), 'http://x');
    const asked = init?.method === 'POST' ? JSON.parse(String(init.body)) : Object.fromEntries(url.searchParams);
    const offset = Number(asked.offset ?? 0);
    const limit = Number(asked.limit ?? 50);
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => member(total - offset - i));
    return new Response(JSON.stringify(rows), { headers: {
      'Content-Type': 'application/json', ...(sayTotal ? { 'X-Total-Count': String(total) } : {}) } });
  });
}

type Screen = HTMLElement & { updateComplete: Promise<boolean> };

async function mount(): Promise<Screen> {
  const element = Object.assign(document.createElement('member-register'), { ctx }) as unknown as Screen;
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

const status = (s: Screen) => s.shadowRoot!.querySelector('p.range')!.textContent!.trim();
const button = (s: Screen, which: string) => s.shadowRoot!.querySelector(`button[data-page=${which}]`) as HTMLButtonElement;

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the register pages', () => {
  it('says how many members there are and reaches the last page', async () => {
    const fetch = register(1234);
    const screen = await mount();
    expect(status(screen)).toBe('1–20 of 1,234');
    expect(button(screen, 'first').disabled).toBe(true);
    expect(button(screen, 'previous').disabled).toBe(true);
    button(screen, 'last').click();
    await settle(screen);
    expect(String(fetch.mock.calls.at(-1)![0])).toBe('/api/t/wnu/members?offset=1220&limit=20');
    expect(status(screen)).toBe('1,221–1,234 of 1,234');
    expect(button(screen, 'next').disabled).toBe(true);
    expect(button(screen, 'last').disabled).toBe(true);
    button(screen, 'first').click();
    await settle(screen);
    expect(status(screen)).toBe('1–20 of 1,234');
  });

  it('counts what a search finds, sent in the body', async () => {
    const fetch = register(45);
    const screen = await mount();
    const form = screen.shadowRoot!.querySelector('form')!;
    (form.querySelector('#q') as HTMLInputElement).value = 'sokha';
    form.requestSubmit();
    await settle(screen);
    const [url, init] = fetch.mock.calls.at(-1)!;
    expect(url).toBe('/api/t/wnu/members/search');
    expect(JSON.parse(String(init!.body))).toMatchObject({ q: 'sokha', offset: 0, limit: 20 });
    expect(status(screen)).toBe('1–20 of 45');
    button(screen, 'next').click();
    await settle(screen);
    expect(JSON.parse(String(fetch.mock.calls.at(-1)![1]!.body))).toMatchObject({ q: 'sokha', offset: 20 });
    expect(status(screen)).toBe('21–40 of 45');
  });

  it('pages on without a total while a full page may have more', async () => {
    register(25, false);
    const screen = await mount();
    expect(status(screen)).toBe('Members 1 to 20');
    expect(button(screen, 'next').disabled).toBe(false);
    expect(button(screen, 'last').disabled).toBe(true);
  });
});
