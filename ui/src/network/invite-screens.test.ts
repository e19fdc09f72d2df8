import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession, session } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { answer, inside, place, problem, settle, type Screen } from './test-support';
import './admin-invite-accept';
import './admin-invite-issue';

const CODE = 'aB3dE6gH9jK2';
const parts = ['welcome', 'net', CODE];

const fill = (screen: Screen, values: Record<string, string>) => {
  for (const [id, value] of Object.entries(values)) inside<HTMLInputElement>(screen, `#${id}`).value = value;
};
const submit = async (screen: Screen) => {
  inside<HTMLFormElement>(screen, 'form').requestSubmit();
  await settle(screen);
};

beforeEach(() => {
  setLanguage('en');
  endSession();
  location.hash = '';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  endSession();
});

describe('accepting an admin invite', () => {
  it('says a broken link is broken, with no form to fill in', async () => {
    const screen = place('admin-invite-accept', { parts: ['welcome', 'net', 'short'] });
    await settle(screen);
    expect(inside(screen, 'form')).toBeNull();
    expect(inside(screen, '[role=alert]').textContent).toContain('not complete');
  });

  it('checks the server’s rules first, saying what is wrong under the field and tied to it', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const screen = place('admin-invite-accept', { parts });
    await settle(screen);
    fill(screen, { username: 'neth', password: 'short', confirm: 'short' });
    await submit(screen);
    const field = inside<HTMLInputElement>(screen, '#password');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('password-hint password-error');
    expect(inside(screen, '#password-error').textContent).toContain('at least 12');
    expect(screen.shadowRoot!.activeElement).toBe(field);

    fill(screen, { password: 'a long enough secret', confirm: 'a long enough secreT' });
    await submit(screen);
    expect(inside(screen, '#confirm-error').textContent).toContain('not the same');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says plainly when the invite was used or has expired', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(404, 'This invite is not valid.'));
    const screen = place('admin-invite-accept', { parts });
    await settle(screen);
    fill(screen, { username: 'neth', password: 'a long enough secret', confirm: 'a long enough secret' });
    await submit(screen);
    expect(inside(screen, '#invite-expired').textContent).toContain('used already');
    expect(inside(screen, 'form')).toBeNull();

    // another link opened in the same tab starts afresh
    (screen as Screen & { parts: string[] }).parts = ['welcome', 'net', 'zZ3dE6gH9jK2'];
    await settle(screen);
    expect(inside(screen, 'form')).not.toBeNull();
  });

  it('says why the server refuses the login, in the app’s words', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(409, 'This username is taken here; please choose another.',
      'username-taken', 'username'));
    const screen = place('admin-invite-accept', { parts });
    await settle(screen);
    fill(screen, { username: 'neth', password: 'a long enough secret', confirm: 'a long enough secret' });
    await submit(screen);
    expect(inside(screen, 'form [role=alert]').textContent).toBe('This username is taken here. Choose another.');
  });

  it('creates the login with the code in the body, then logs the new admin in', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => String(url).endsWith('/accept')
      ? answer({ tenant: 'net', username: 'neth', roles: ['admin'] }, 201)
      : answer({ token: 'tok', tenant: 'net', accountId: 3, expiresAt: '2999-01-01T00:00:00Z' }));
    const screen = place('admin-invite-accept', { parts });
    await settle(screen);
    fill(screen, { username: ' Neth ', password: 'a long enough secret', confirm: 'a long enough secret' });
    await submit(screen);
    const [acceptUrl, acceptInit] = fetch.mock.calls[0];
    expect(acceptUrl).toBe('/api/t/net/admin-invites/accept');
    expect(JSON.parse(String(acceptInit!.body))).toEqual({ code: CODE, username: 'neth', password: 'a long enough secret' });
    expect(fetch.mock.calls[1][0]).toBe('/api/auth/login');
    expect(session()?.tenant).toBe('net');
    expect(location.hash).toBe('#/t/net');
  });
});

describe('issuing an admin invite', () => {
  const none = { tenant: 'net-org', hasAccount: false, mayIssue: true, invites: [] };

  it('shows the link once, with its QR code and a copy button', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'POST'
      ? answer({ id: 7, tenant: 'net-org', kind: 'first-admin', code: CODE, expiresAt: '2026-12-06T08:00:00Z' }, 201)
      : answer(none));
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    expect(fetch.mock.calls[0][0]).toBe('/api/t/net-org/admin-invites');
    expect(fetch.mock.calls[0][1]!.method).toBe('GET');
    expect(inside(issuer, 'button').getAttribute('aria-label')).toBe('Invite an admin for Org');
    inside<HTMLButtonElement>(issuer, 'button').click();
    await settle(issuer);
    expect(fetch.mock.calls[1][0]).toBe('/api/t/net-org/admin-invites');
    expect(fetch.mock.calls[1][1]!.method).toBe('POST');
    expect(inside<HTMLInputElement>(issuer, '#admin-invite-link').value).toBe(`${location.origin}/#/welcome/net-org/${CODE}`);
    expect(inside(issuer, 'invite-qr')).not.toBeNull();
    expect(issuer.shadowRoot!.activeElement?.id).toBe('issued-title');
    issuer.remove();
    document.body.append(issuer);
    await settle(issuer);
    expect(inside(issuer, '#admin-invite-link')).toBeNull();
  });

  it('names its button with the visible words first, as whole words, in both languages (axe: label-content-name-mismatch)', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer(none));
    for (const language of ['km', 'en'] as const) {
      setLanguage(language);
      const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
      await settle(issuer);
      const button = inside(issuer, 'button');
      expect(button.getAttribute('aria-label')!.startsWith(button.textContent!.trim() + ' ')).toBe(true);
      issuer.remove();
    }
  });

  it('says so, with no button, when the server says the group has its admin already', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      answer({ tenant: 'net-org', hasAccount: true, mayIssue: false, invites: [] }));
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    expect(inside(issuer, 'button')).toBeNull();
    expect(inside(issuer, '#has-admin').textContent).toContain('has an admin already');
  });

  it('asks the server again when an invite is refused, and shows its answer instead of guessing', async () => {
    let lists = 0;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'POST'
      ? problem(403, 'This needs the permission account:create here')
      : answer(lists++ === 0 ? none : { ...none, hasAccount: true, mayIssue: false }));
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    inside<HTMLButtonElement>(issuer, 'button').click();
    await settle(issuer);
    expect(inside(issuer, '#has-admin').textContent).toContain('has an admin already');
    expect(inside(issuer, '[role=alert]')).toBeNull();
  });

  it('says it may not when the server refuses for another reason', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => init?.method === 'POST'
      ? problem(403, 'This needs the permission account:create here') : answer(none));
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    inside<HTMLButtonElement>(issuer, 'button').click();
    await settle(issuer);
    expect(inside(issuer, '[role=alert]').textContent).toContain('cannot do this here');
  });
});
