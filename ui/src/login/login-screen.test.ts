import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, session } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { answer, inside, place, settle, type Screen } from '../network/test-support';
import { TWO_STEP_NEEDED, TWO_STEP_WRONG } from './login-screen';

const LOGGED_IN = { token: 't'.repeat(43), tenant: 'wnu', accountId: 7, expiresAt: '2999-01-01T00:00:00Z' };
const twoStep = (type: string, detail = 'code') => answer({ type, status: 401, detail }, 401);

const fill = (screen: Screen, values: Record<string, string>) => {
  for (const [id, value] of Object.entries(values)) inside<HTMLInputElement>(screen, `#${id}`).value = value;
};
const submit = async (screen: Screen) => {
  inside<HTMLFormElement>(screen, 'form').requestSubmit();
  await settle(screen);
};
const sent = (fetch: ReturnType<typeof vi.spyOn>, call: number) =>
  JSON.parse(String((fetch.mock.calls[call][1] as RequestInit).body)) as Record<string, string>;

beforeEach(() => {
  setLanguage('en');
  endSession();
  location.hash = '#/login';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  endSession();
});

describe('the login screen', () => {
  it('asks for the app’s code when the account has two-step login, then logs in with both', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(twoStep(TWO_STEP_NEEDED))
      .mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen');
    await settle(screen);
    fill(screen, { tenant: 'WNU', username: 'neth', password: 'a long enough secret' });
    await submit(screen);
    expect(inside(screen, '#password')).toBeNull();
    expect(inside(screen, '#code')).not.toBeNull();
    expect(inside(screen, '[role=alert]')).toBeNull();

    fill(screen, { code: '123 456' });
    await submit(screen);
    expect(sent(fetch, 1)).toEqual({ tenant: 'wnu', username: 'neth', password: 'a long enough secret', code: '123456' });
    expect(session()?.token).toBe(LOGGED_IN.token);
    expect(location.hash).toBe('#/t/wnu');
  });

  it('says a wrong code is wrong and takes a recovery code instead', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(twoStep(TWO_STEP_NEEDED))
      .mockResolvedValueOnce(twoStep(TWO_STEP_WRONG))
      .mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen');
    await settle(screen);
    fill(screen, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    await submit(screen);
    fill(screen, { code: '000000' });
    await submit(screen);
    expect(inside(screen, '[role=alert]').textContent).toContain('not right');

    inside<HTMLButtonElement>(screen, '#switch').click();
    await settle(screen);
    fill(screen, { recoveryCode: 'abcd-efgh-ijkm' });
    await submit(screen);
    expect(sent(fetch, 2)).toMatchObject({ username: 'neth', recoveryCode: 'abcd-efgh-ijkm' });
    expect(sent(fetch, 2).code).toBeUndefined();
    expect(session()).not.toBeNull();
  });

  it('says how long to wait when guessing slowed the name down, and offers a recovery code', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(JSON.stringify({ status: 429, detail: 'wait' }),
        { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '16' } }))
      .mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen');
    await settle(screen);
    expect(inside(screen, '#recoveryCode')).toBeNull();
    fill(screen, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    await submit(screen);
    expect(inside(screen, '[role=alert]').textContent).toContain('Wait 16 seconds');
    expect(inside(screen, '#recoveryCode')).not.toBeNull();

    fill(screen, { tenant: 'wnu', username: 'neth', password: 'a long enough secret', recoveryCode: 'abcd-efgh-ijkm' });
    await submit(screen);
    expect(sent(fetch, 1).recoveryCode).toBe('abcd-efgh-ijkm');
    expect(session()).not.toBeNull();
  });

  it('says when to try again while the server is busy checking passwords, not that the password was wrong', async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(JSON.stringify({ status: 503, detail: 'busy' }),
        { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3' } }))
      .mockResolvedValueOnce(answer(LOGGED_IN));
    const screen = place('login-screen');
    await settle(screen);
    fill(screen, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    await submit(screen);
    expect(inside(screen, '[role=alert]').textContent).toContain('Wait 3 seconds');
    expect(inside(screen, '[role=alert]').textContent).not.toContain('not right');
    await submit(screen);
    expect(session()).not.toBeNull();
  });

  it('sends an account that must set up two-step login to its set-up screen', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(answer({ ...LOGGED_IN, twoStepNeeded: true }));
    const screen = place('login-screen');
    await settle(screen);
    fill(screen, { tenant: 'wnu', username: 'neth', password: 'a long enough secret' });
    await submit(screen);
    expect(location.hash).toBe('#/t/wnu/two-step');
  });
});
