import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, inside, place, settle, type Screen } from '../network/test-support';
import './modules-panel';

const withModules = () => ({
  ...ctx('organisation', ['tenant:modules:manage'], 'wnu'),
  modules: [
    { id: 'legal-aid', version: '1', names: { km: 'ជំនួយផ្លូវច្បាប់', en: 'Legal aid' }, enabled: true, ui: null },
    { id: 'union-dues', version: '1', names: { km: 'វិភាគទាន', en: 'Union dues' }, enabled: false, ui: null },
  ],
});
const box = (screen: Screen, id: string) => inside<HTMLInputElement>(screen, `input[data-module="${id}"]`);
const flip = async (screen: Screen, id: string) => {
  box(screen, id).click();
  await settle(screen);
};
const puts = (fetch: { mock: { calls: unknown[][] } }) => fetch.mock.calls
  .map(([url, init]) => [String(url), init as RequestInit | undefined] as const)
  .filter(([, init]) => init?.method === 'PUT')
  .map(([url, init]) => [url, JSON.parse(String(init!.body))]);

beforeEach(() => setLanguage('en'));
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('switching a module off', () => {
  it('asks first, saying nothing of its data is deleted, and a cancel leaves it on with nothing sent', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 'legal-aid', enabled: false }));
    const screen = place('modules-panel', { ctx: withModules() });
    await settle(screen);
    await flip(screen, 'legal-aid');
    expect(box(screen, 'legal-aid').checked).toBe(true);
    expect(inside(screen, '#off-title').textContent).toContain('Switch Legal aid off?');
    expect(inside(screen, '#off-text').textContent).toContain('Nothing is deleted');
    expect(puts(fetch)).toEqual([]);

    inside<HTMLButtonElement>(screen, '#confirm-off-no').click();
    await settle(screen);
    expect(inside(screen, '#confirm-off')).toBeNull();
    expect(box(screen, 'legal-aid').checked).toBe(true);
    expect(puts(fetch)).toEqual([]);
  });

  it('switches it off once confirmed', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 'legal-aid', enabled: false }));
    const screen = place('modules-panel', { ctx: withModules() });
    await settle(screen);
    await flip(screen, 'legal-aid');
    inside<HTMLButtonElement>(screen, '#confirm-off-yes').click();
    await settle(screen);
    expect(puts(fetch)).toEqual([['/api/t/wnu/modules/legal-aid', { enabled: false }]]);
    expect(box(screen, 'legal-aid').checked).toBe(false);
    expect(inside(screen, '#confirm-off')).toBeNull();
  });

  it('switches one on at once, without asking', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ id: 'union-dues', enabled: true }));
    const screen = place('modules-panel', { ctx: withModules() });
    await settle(screen);
    await flip(screen, 'union-dues');
    expect(inside(screen, '#confirm-off')).toBeNull();
    expect(puts(fetch)).toEqual([['/api/t/wnu/modules/union-dues', { enabled: true }]]);
  });
});
