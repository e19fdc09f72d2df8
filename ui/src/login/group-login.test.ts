import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, session } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { answer, inside, place, problem, settle, type Screen } from '../network/test-support';
import { quickExit } from '../core/quick-exit';
import { forgetGroup, rememberGroup, rememberedGroup } from './remembered-group';
import './login-screen';
import '../register/join-screen';

const LOGGED_IN = { token: 't'.repeat(43), tenant: 'wnu-kampot', accountId: 9, expiresAt: '2999-01-01T00:00:00Z' };
const CONSENT = { version: 'v1', km: 'យល់ព្រម', en: 'What we keep' };
const KAMPOT = { tenant: 'wnu-kampot', names: { km: 'សាខាកំពត', en: 'Kampot chapter' } };

const fill = (screen: Screen, values: Record<string, string>) => {
  for (const [id, value] of Object.entries(values)) inside<HTMLInputElement>(screen, `#${id}`).value = value;
};
const submit = async (screen: Screen) => {
  inside<HTMLFormElement>(screen, 'form').requestSubmit();
  await settle(screen);
};
const sent = (fetch: ReturnType<typeof vi.spyOn>, call: number) =>
  JSON.parse(String((fetch.mock.calls[call][1] as RequestInit).body)) as Record<string, unknown>;
const click = async (screen: Screen, selector: string) => {
  inside<HTMLElement>(screen, selector).click();
  await settle(screen);
};

beforeEach(() => {
  setLanguage('en');
  endSession();
  forgetGroup();
  location.hash = '#/login';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  endSession();
  forgetGroup();
});

describe('logging in with only a name and a password', () => {
  it('takes the group the link carries, asks no group, and keeps nothing unless asked', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen', { group: 'wnu-kampot' });
    await settle(screen);
    expect(inside(screen, '#tenant')).toBeNull();
    expect(inside(screen, '#group-known').textContent).toContain('Group: wnu-kampot');
    fill(screen, { username: 'dara', password: 'a long enough secret' });
    await submit(screen);
    expect(sent(fetch, 0)).toEqual({ tenant: 'wnu-kampot', username: 'dara', password: 'a long enough secret' });
    expect(session()?.tenant).toBe('wnu-kampot');
    expect(rememberedGroup()).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1); // the screen never asks the server about a group
  });

  it('remembers the group once the login worked, when the person chose so, and never a group that failed', async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(problem(401, 'Login failed'))
      .mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen');
    await settle(screen);
    fill(screen, { tenant: 'wnu-kampott', username: 'dara', password: 'a long enough secret' });
    inside<HTMLInputElement>(screen, 'input[name=rememberGroup]').checked = true;
    expect(inside(screen, '#remember-hint').textContent).toContain('not your name or password');
    await submit(screen);
    expect(inside(screen, '[role=alert]').textContent).toContain('not right');
    expect(rememberedGroup()).toBeNull();

    fill(screen, { tenant: 'WNU-Kampot', username: 'dara', password: 'a long enough secret' });
    inside<HTMLInputElement>(screen, 'input[name=rememberGroup]').checked = true;
    await submit(screen);
    expect(rememberedGroup()).toBe('wnu-kampot');
  });

  it('shows the remembered group instead of a field, lets another be typed, and forgets it on request', async () => {
    rememberGroup('wnu-kampot');
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen');
    await settle(screen);
    expect(inside(screen, '#tenant')).toBeNull();
    expect(inside(screen, 'input[name=rememberGroup]')).toBeNull();
    expect(inside(screen, '#group-kept').textContent).toContain('remembers the group wnu-kampot');

    await click(screen, '#other-group');
    expect(inside(screen, '#tenant')).not.toBeNull();
    expect(rememberedGroup()).toBe('wnu-kampot');

    await click(screen, '#forget-group');
    expect(rememberedGroup()).toBeNull();
    expect(inside(screen, '[role=status]').textContent).toContain('no longer remembers');
    expect(inside(screen, '#forget-group')).toBeNull();
    fill(screen, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    await submit(screen);
    expect(sent(fetch, 0).tenant).toBe('wnu');
  });

  it('forgets the group on a quick exit: the login screen then shows no trace of it', () => {
    rememberGroup('wnu-kampot');
    vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);
    quickExit();
    expect(rememberedGroup()).toBeNull();
    expect(localStorage.getItem('loginGroup')).toBeNull();
  });

  it('keeps only a slug: anything else in storage or a link is not taken as a group', () => {
    rememberGroup('<script>');
    expect(rememberedGroup()).toBeNull();
    localStorage.setItem('loginGroup', 'Bad Group');
    expect(rememberedGroup()).toBeNull();
  });
});

describe('the join screen', () => {
  const server = (invite: () => Response, registered = () => answer({ status: 'pending' }, 201)) =>
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const path = String(url);
      if (path === '/api/consent') return answer(CONSENT);
      if (path.endsWith('/registrations/invite')) return invite();
      return registered();
    });

  it('names the chapter the invite leads to, then offers to keep the group and leads to the login', async () => {
    setLanguage('km');
    const fetch = server(() => answer(KAMPOT));
    const screen = place('join-screen', { tenant: 'wnu-kampot', code: 'AB3DE6GH9JK2' });
    await settle(screen);
    expect(inside(screen, 'h1').textContent).toContain('សាខាកំពត');
    const asked = fetch.mock.calls.find(([url]) => String(url).endsWith('/registrations/invite'))!;
    expect(String(asked[0])).toBe('/api/t/wnu-kampot/registrations/invite');
    expect(JSON.parse(String((asked[1] as RequestInit).body))).toEqual({ inviteCode: 'AB3DE6GH9JK2' });
    expect(inside(screen, '#already-joined').getAttribute('href')).toBe('#/login/wnu-kampot');

    fill(screen, { workingName: 'Srey Mom', username: 'sreymom', password: 'a-long-secret-10' });
    inside<HTMLInputElement>(screen, 'input[name=agree]').checked = true;
    await submit(screen);
    expect(inside(screen, '.done')).not.toBeNull();
    expect(inside(screen, '#to-login').getAttribute('href')).toBe('#/login/wnu-kampot');
    expect(inside(screen, '#keep-hint').textContent).toContain('wnu-kampot');
    expect(rememberedGroup()).toBeNull();
    await click(screen, '#keep-group');
    expect(rememberedGroup()).toBe('wnu-kampot');
    expect(inside(screen, '#group-kept')).not.toBeNull();
    expect(inside(screen, '#keep-group')).toBeNull();
  });

  it('says at once that an invite does not work, still offering the login for those who joined', async () => {
    server(() => problem(404, 'This invite is not valid'));
    const screen = place('join-screen', { tenant: 'wnu-kampot', code: 'AB3DE6GH9JK2' });
    await settle(screen);
    expect(inside(screen, '#invite-refused').textContent).toContain('does not work any more');
    expect(inside(screen, 'h1').textContent).toBe('Join');
    expect(inside(screen, '#already-joined').getAttribute('href')).toBe('#/login/wnu-kampot');
  });

  it('says a taken name costs a place on the invite', async () => {
    server(() => answer(KAMPOT), () => problem(409, 'taken'));
    const screen = place('join-screen', { tenant: 'wnu-kampot', code: 'AB3DE6GH9JK2' });
    await settle(screen);
    fill(screen, { workingName: 'Srey Mom', username: 'sreymom', password: 'a-long-secret-10' });
    inside<HTMLInputElement>(screen, 'input[name=agree]').checked = true;
    await submit(screen);
    expect(inside(screen, '[role=alert]').textContent).toContain('Each try uses up one place on your invite');
  });

  it('says the group is kept already when this phone remembers it', async () => {
    rememberGroup('wnu-kampot');
    server(() => answer(KAMPOT));
    const screen = place('join-screen', { tenant: 'wnu-kampot', code: 'AB3DE6GH9JK2' });
    await settle(screen);
    fill(screen, { workingName: 'Srey Mom', username: 'sreymom', password: 'a-long-secret-10' });
    inside<HTMLInputElement>(screen, 'input[name=agree]').checked = true;
    await submit(screen);
    expect(inside(screen, '#group-kept')).not.toBeNull();
    expect(inside(screen, '#keep-group')).toBeNull();
  });
});
