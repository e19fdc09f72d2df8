import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, session } from './session';
import { api, NetworkError } from './api';
import { connectionIsLost, connectionWorks } from './connection';
import { setLanguage } from '../i18n/locale';
import { answer, inside, place, settle, type Screen } from '../network/test-support';
import '../login/login-screen';
import '../shell/connection-banner';

const LOGGED_IN = { token: 't'.repeat(43), tenant: 'wnu', accountId: 7, expiresAt: '2999-01-01T00:00:00Z' };
const noConnection = () => Promise.reject(new TypeError('Failed to fetch'));

const fill = (screen: Screen, values: Record<string, string>) => {
  for (const [id, value] of Object.entries(values)) inside<HTMLInputElement>(screen, `#${id}`).value = value;
};
const banner = (element: Screen) => element.shadowRoot!.querySelector('aside');
const sentBody = (fetch: ReturnType<typeof vi.spyOn>, call: number) =>
  JSON.parse(String((fetch.mock.calls[call][1] as RequestInit).body)) as Record<string, string>;

beforeEach(() => {
  setLanguage('en');
  endSession();
  connectionWorks();
  location.hash = '#/login';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  endSession();
  connectionWorks();
});

describe('when the server cannot be reached', () => {
  it('a call fails as "no connection", not as a refusal, until an answer comes again', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementationOnce(noConnection);
    await expect(api('GET', '/api/ping')).rejects.toBeInstanceOf(NetworkError);
    expect(connectionIsLost()).toBe(true);
    fetch.mockResolvedValueOnce(answer({ ok: true }));
    await api('GET', '/api/ping');
    expect(connectionIsLost()).toBe(false);
  });

  it('says so once for every failed send, keeps what was typed, and sends it again as it is then', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(noConnection);
    const bar = place('connection-banner');
    const login = place('login-screen');
    await settle(login);
    fill(login, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    inside<HTMLFormElement>(login, 'form').requestSubmit();
    await settle(login);
    inside<HTMLFormElement>(login, 'form').requestSubmit();
    await settle(login);
    await settle(bar);

    expect(banner(bar)!.textContent).toContain('No connection');
    expect(bar.shadowRoot!.querySelectorAll('[role=alert]')).toHaveLength(1);
    expect(inside(login, 'p.error')).toBeNull();
    expect(inside<HTMLInputElement>(login, '#username').value).toBe('neth');
    expect(inside<HTMLInputElement>(login, '#password').value).toBe('a long enough secret');
    const stored = [localStorage, sessionStorage].flatMap((store) =>
      Array.from({ length: store.length }, (_, i) => store.getItem(store.key(i)!) ?? ''));
    expect(stored.filter((value) => value.includes('neth') || value.includes('enough secret'))).toEqual([]);

    // a typo mended while offline goes with the resend
    inside<HTMLInputElement>(login, '#username').value = 'nethra';
    fetch.mockReset();
    fetch.mockResolvedValueOnce(answer(LOGGED_IN));
    inside<HTMLButtonElement>(bar, 'aside button').click();
    await settle(login);
    await settle(bar);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sentBody(fetch, 0)).toMatchObject({ tenant: 'wnu', username: 'nethra', password: 'a long enough secret' });
    expect(session()?.token).toBe(LOGGED_IN.token);
    expect(banner(bar)).toBeNull();
  });

  it('sends again what waits once the device is back online', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(noConnection);
    const bar = place('connection-banner');
    const login = place('login-screen');
    await settle(login);
    window.dispatchEvent(new Event('offline'));
    fill(login, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    inside<HTMLFormElement>(login, 'form').requestSubmit();
    await settle(login);
    fetch.mockReset();
    fetch.mockResolvedValueOnce(answer(LOGGED_IN));
    window.dispatchEvent(new Event('online'));
    await settle(login);
    await settle(bar);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sentBody(fetch, 0)).toMatchObject({ username: 'neth' });
    expect(banner(bar)).toBeNull();
  });

  it('shows the banner when the device goes offline and takes it away when it is back', async () => {
    const bar = place('connection-banner');
    await settle(bar);
    expect(banner(bar)).toBeNull();
    window.dispatchEvent(new Event('offline'));
    await settle(bar);
    expect(banner(bar)).not.toBeNull();
    window.dispatchEvent(new Event('online'));
    await settle(bar);
    expect(banner(bar)).toBeNull();
  });

  it('with nothing waiting, its retry asks the server and stays while there is still no answer', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(noConnection);
    const bar = place('connection-banner');
    window.dispatchEvent(new Event('offline'));
    await settle(bar);
    inside<HTMLButtonElement>(bar, 'aside button').click();
    await settle(bar);
    expect(fetch).toHaveBeenCalledWith('/api/ping', expect.objectContaining({ method: 'GET' }));
    expect(banner(bar)).not.toBeNull();
    fetch.mockResolvedValueOnce(answer({ ok: true }));
    inside<HTMLButtonElement>(bar, 'aside button').click();
    await settle(bar);
    expect(banner(bar)).toBeNull();
  });

  it('a refusal from the server is no connection problem: the form says why, no banner', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(answer({ status: 401, detail: 'no' }, 401));
    const bar = place('connection-banner');
    const login = place('login-screen');
    await settle(login);
    fill(login, { tenant: 'wnu', username: 'neth', password: 'wrong password here' });
    inside<HTMLFormElement>(login, 'form').requestSubmit();
    await settle(login);
    await settle(bar);
    expect(inside(login, 'p.error')).not.toBeNull();
    expect(banner(bar)).toBeNull();
  });
});
