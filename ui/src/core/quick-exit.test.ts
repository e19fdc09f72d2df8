import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEUTRAL_PAGE, onQuickExit, quickExit } from './quick-exit';
import { session, startSession } from './session';

afterEach(() => vi.restoreAllMocks());

describe('quick exit', () => {
  it('forgets the session and screens, ends the session on the server, blanks the page and replaces the entry', () => {
    startSession({ token: 'secret-token', tenant: 'wnu', accountId: 7, expiresAt: '2999-01-01T00:00:00Z' }, false);
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    const forgotten = vi.fn();
    onQuickExit(forgotten);
    document.body.innerHTML = '<p>Member list</p>';
    document.title = 'Notes';

    quickExit();

    expect(session()).toBeNull();
    expect(sessionStorage.getItem('session')).toBeNull();
    expect(localStorage.getItem('session')).toBeNull();
    expect(forgotten).toHaveBeenCalledOnce();
    expect(document.body.innerHTML).toBe('');
    expect(document.title).toBe('');
    expect(replace).toHaveBeenCalledWith(NEUTRAL_PAGE);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/auth/logout');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
  });

  it('also ends a session kept on the device', () => {
    startSession({ token: 'kept', tenant: 'wnu', accountId: 7, expiresAt: '2999-01-01T00:00:00Z' }, true);
    expect(localStorage.getItem('session')).not.toBeNull();
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    quickExit();
    expect(localStorage.getItem('session')).toBeNull();
  });

  it('lands on a page that names nothing of the app', () => {
    expect(new URL(NEUTRAL_PAGE).protocol).toBe('https:');
    expect(NEUTRAL_PAGE).not.toMatch(/sahakum|wnu|sex/i);
  });
});
