import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, place, settle } from '../network/test-support';
import './tenant-tree';

const node = (slug: string, type: string, parent: string | null, children: string[] = []) =>
  ({ slug, type, status: 'active', parent, names: { km: `ក ${slug}`, en: `Name ${slug}` }, children, modules: [] });

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the tenant tree', () => {
  it('asks for a network and everything below it in one call, and opens levels without asking again', async () => {
    const tree = [node('net', 'network', 'platform', ['org1', 'org2']), node('org1', 'organisation', 'net', ['ch1', 'ch2']),
      node('org2', 'organisation', 'net'), node('ch1', 'chapter', 'org1'), node('ch2', 'chapter', 'org1')];
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(answer(tree)));
    const base = ctx('network', ['tenant:read']);
    const screen = place('tenant-tree', { ctx: { ...base, tenant: tree[0] } });
    await settle(screen);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe('/api/tenants/net/subtree');
    const names = () => [...screen.shadowRoot!.querySelectorAll('li > a')].map((a) => a.textContent);
    expect(names()).toEqual(['Name net', 'Name org1', 'Name org2']);
    screen.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded=false]')!.click();
    await settle(screen);
    expect(names()).toEqual(['Name net', 'Name org1', 'Name ch1', 'Name ch2', 'Name org2']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
