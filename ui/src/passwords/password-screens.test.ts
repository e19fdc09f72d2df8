import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, session, startSession } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { answer, ctx, inside, place, settle, type Screen } from '../network/test-support';
import { passwordChangeFirst } from './password-route';
import './password-change';
import '../admin/accounts-panel';
import '../login/login-screen';
import '../register/join-screen';
import '../network/admin-invite-accept';
import '../shell/app-header';

/** A refused password as the server answers it (PasswordRefusedMapper). */
const refused = (code: string, field: string) =>
  answer({ status: 400, detail: `${field}: the password is refused.`, code, field }, 400);

const fill = (screen: Screen, values: Record<string, string>) => {
  for (const [id, value] of Object.entries(values)) inside<HTMLInputElement>(screen, `#${id}`).value = value;
};
const submit = async (screen: Screen) => {
  inside<HTMLFormElement>(screen, 'form').requestSubmit();
  await settle(screen);
};
const loggedIn = (passwordChangeRequired = false) => startSession({ token: 'tok', tenant: 'org', accountId: 1,
  expiresAt: '2999-01-01T00:00:00Z', passwordChangeRequired }, false);
const NEW = 'rice river motorbike lantern';

beforeEach(() => {
  setLanguage('en');
  endSession();
  location.hash = '';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  endSession();
});

describe('changing my password', () => {
  it('sends the current and the new password, then says it is done', async () => {
    loggedIn();
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(null, 204));
    const screen = place('password-change');
    await settle(screen);
    expect(inside(screen, 'h1').textContent).toBe('Change my password');
    fill(screen, { currentPassword: 'the old one', newPassword: NEW, confirm: NEW });
    await submit(screen);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/auth/password');
    expect(init!.method).toBe('POST');
    expect(JSON.parse(String(init!.body))).toEqual({ currentPassword: 'the old one', newPassword: NEW });
    expect(inside(screen, '#password-done').textContent).toContain('logged out everywhere else');
  });

  it('checks length and the repeat first, without asking the server', async () => {
    loggedIn();
    const fetch = vi.spyOn(globalThis, 'fetch');
    const screen = place('password-change');
    await settle(screen);
    fill(screen, { currentPassword: 'the old one', newPassword: 'short', confirm: 'short' });
    await submit(screen);
    expect(inside(screen, '#newPassword-error').textContent).toContain('at least 12');
    fill(screen, { newPassword: NEW, confirm: NEW + 'x' });
    await submit(screen);
    expect(inside(screen, '#confirm-error').textContent).toContain('not the same');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says why the server refused the new password beside it, in Khmer and in English', async () => {
    loggedIn();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => refused('password-personal', 'newPassword'));
    for (const [language, words] of [['en', 'username or the group'], ['km', 'ឈ្មោះអ្នកប្រើ ឬឈ្មោះក្រុម']] as const) {
      setLanguage(language);
      const screen = place('password-change');
      await settle(screen);
      fill(screen, { currentPassword: 'the old one', newPassword: 'sokha-org-2024', confirm: 'sokha-org-2024' });
      await submit(screen);
      const field = inside<HTMLInputElement>(screen, '#newPassword');
      expect(inside(screen, '#newPassword-error').textContent).toContain(words);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toBe('newPassword-hint newPassword-error');
      expect(screen.shadowRoot!.activeElement).toBe(field);
      screen.remove();
    }
  });

  it('says a wrong current password beside that field', async () => {
    loggedIn();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(refused('password-current-wrong', 'currentPassword'));
    const screen = place('password-change');
    await settle(screen);
    fill(screen, { currentPassword: 'not it', newPassword: NEW, confirm: NEW });
    await submit(screen);
    expect(inside(screen, '#currentPassword-error').textContent).toContain('not the password you have now');
    expect(inside(screen, '#newPassword-error')).toBeNull();
  });

  it('after an admin’s reset, asks for the temporary password and then lets the person in', async () => {
    loggedIn(true);
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer(null, 204));
    const screen = place('password-change');
    await settle(screen);
    expect(inside(screen, 'h1').textContent).toBe('Choose a new password');
    expect(inside(screen, '#forced-intro').textContent).toContain('An admin reset your password');
    expect(inside(screen, 'label[for=currentPassword]').textContent).toContain('temporary password');
    fill(screen, { currentPassword: 'Tmp7kQ2xZp9vW4mR8nL3', newPassword: NEW, confirm: NEW });
    await submit(screen);
    expect(session()?.passwordChangeRequired).toBe(false);
    expect(session()?.token).toBe('tok');
    expect(location.hash).toBe('#/t/org');
  });

  it('is one tap away in the header once logged in, named in the person’s language', async () => {
    loggedIn();
    const header = place('app-header', { signedIn: true });
    await settle(header);
    const link = inside<HTMLAnchorElement>(header, '#change-password');
    expect(link.getAttribute('href')).toBe('#/password');
    expect(link.getAttribute('aria-label')).toBe('Change my password');
    setLanguage('km');
    await settle(header);
    expect(inside(header, '#change-password').getAttribute('aria-label')).toBe('ប្ដូរពាក្យសម្ងាត់');
  });

  it('keeps every other screen closed until the new password is chosen', () => {
    loggedIn(true);
    expect(passwordChangeFirst(session(), 't')).toBe(true);
    expect(passwordChangeFirst(session(), 'login')).toBe(true);
    expect(passwordChangeFirst(session(), 'password')).toBe(false);
    loggedIn(false);
    expect(passwordChangeFirst(session(), 't')).toBe(false);
  });

  it('goes straight to the change screen from a login that needs it', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer({ token: 'tok', tenant: 'org', accountId: 4,
      expiresAt: '2999-01-01T00:00:00Z', passwordChangeRequired: true }));
    const screen = place('login-screen');
    await settle(screen);
    fill(screen, { tenant: 'org', username: 'dara', password: 'Tmp7kQ2xZp9vW4mR8nL3' });
    await submit(screen);
    expect(session()?.passwordChangeRequired).toBe(true);
    expect(location.hash).toBe('#/password');
  });
});

describe('an admin’s reset in the accounts panel', () => {
  const accounts = [
    { id: 1, tenant: 'org', username: 'admin', roles: ['admin'], status: 'active' },
    { id: 2, tenant: 'org', username: 'dara', roles: ['organiser'], status: 'active' },
  ];
  const server = () => vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => String(url).endsWith('/password-reset')
    ? answer({ accountId: 2, username: 'dara', temporaryPassword: 'Tmp7kQ2xZp9vW4mR8nL3' })
    : init?.method === 'POST' ? refused('password-common', 'password') : answer(accounts));
  const resetButtons = (panel: Screen) => [...panel.shadowRoot!.querySelectorAll('button')]
    .filter((b) => b.textContent?.trim() === 'Reset password');

  it('resets another account once confirmed and shows its temporary password once', async () => {
    const fetch = server();
    vi.stubGlobal('confirm', vi.fn(() => true));
    loggedIn();
    const panel = place('accounts-panel', { ctx: ctx('organisation', ['account:create'], 'org') });
    await settle(panel);
    const buttons = resetButtons(panel);
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getAttribute('aria-label')).toBe('Reset password of dara');
    buttons[0].click();
    await settle(panel);
    expect(fetch.mock.calls.some(([url, init]) => url === '/api/t/org/accounts/2/password-reset' && init?.method === 'POST'))
      .toBe(true);
    expect(inside(panel, '#temporary-password').textContent).toBe('Tmp7kQ2xZp9vW4mR8nL3');
    expect(inside(panel, '#temporary-title').textContent).toContain('dara');
    panel.remove();
    document.body.append(panel);
    await settle(panel);
    expect(inside(panel, '#temporary-password')).toBeNull();
  });

  it('does nothing unless confirmed', async () => {
    const fetch = server();
    vi.stubGlobal('confirm', vi.fn(() => false));
    loggedIn();
    const panel = place('accounts-panel', { ctx: ctx('organisation', ['account:create'], 'org') });
    await settle(panel);
    resetButtons(panel)[0].click();
    await settle(panel);
    expect(fetch.mock.calls.some(([url]) => String(url).endsWith('/password-reset'))).toBe(false);
  });

  it('says why a new account’s password was refused beside the field', async () => {
    server();
    loggedIn();
    const panel = place('accounts-panel', { ctx: ctx('organisation', ['account:create'], 'org') });
    await settle(panel);
    const form = panel.shadowRoot!.querySelectorAll('form');
    const create = form[form.length - 1];
    (create.querySelector('#username') as HTMLInputElement).value = 'sokha';
    (create.querySelector('#password') as HTMLInputElement).value = 'password1234';
    create.requestSubmit();
    await settle(panel);
    expect(inside(panel, '#password-error').textContent).toContain('Too many people use this password');
    expect(inside(panel, '#password').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the other screens that set a password say why it was refused', () => {
  it('joining', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => String(url) === '/api/consent'
      ? answer({ version: 'v1', km: 'យល់ព្រម', en: 'Consent' }) : refused('password-common', 'password'));
    const screen = place('join-screen', { tenant: 'org', code: 'aB3dE6gH9jK2' });
    await settle(screen);
    fill(screen, { workingName: 'Lina', username: 'lina', password: 'iloveyou2024' });
    inside<HTMLInputElement>(screen, 'input[name=agree]').checked = true;
    await submit(screen);
    expect(inside(screen, '#password-error').textContent).toContain('Too many people use this password');
    expect(inside(screen, '#password').getAttribute('aria-describedby')).toBe('password-hint password-error');
  });

  it('accepting an admin invite', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(refused('password-guessable', 'password'));
    const screen = place('admin-invite-accept', { parts: ['welcome', 'net', 'aB3dE6gH9jK2'] });
    await settle(screen);
    fill(screen, { username: 'neth', password: 'aaaaaaaaaaaaaa', confirm: 'aaaaaaaaaaaaaa' });
    await submit(screen);
    expect(inside(screen, '#password-error').textContent).toContain('too easy to guess');
    expect(inside(screen, 'form > p.error:not(.field-error)')).toBeNull();
  });
});
