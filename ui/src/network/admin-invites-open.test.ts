import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession } from '../core/session';
import { setLanguage } from '../i18n/locale';
import { answer, inside, place, problem, settle, type Screen } from './test-support';
import './admin-invite-issue';

const OPEN = {
  id: 7, kind: 'admin', createdAt: '2026-11-29T08:00:00Z', expiresAt: '2026-12-06T08:00:00Z',
  issuedBy: { id: 3, username: 'oadmin' },
};
const list = (invites: unknown[]) => ({ tenant: 'net-org', hasAccount: true, mayIssue: true, invites });
const withdrawButton = (screen: Screen) => inside<HTMLButtonElement>(screen, '#open-invites li[data-invite="7"] button');

beforeEach(() => {
  setLanguage('en');
  endSession();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The server as these tests need it: one open invite until it is withdrawn. */
function server(onDelete: () => Response = () => new Response(null, { status: 204 })) {
  let open = [OPEN];
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    if (init?.method === 'DELETE') {
      const answered = onDelete();
      if (answered.ok) open = [];
      return answered;
    }
    if (init?.method === 'POST') {
      return answer({ id: 7, tenant: 'net-org', kind: 'admin', code: 'aB3dE6gH9jK2', expiresAt: OPEN.expiresAt }, 201);
    }
    return answer(list(open));
  });
}

describe('open admin invites', () => {
  it('are listed with when they were made, by whom and until when, each with a Withdraw button that says which', async () => {
    server();
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    const row = inside(issuer, '#open-invites li[data-invite="7"]');
    expect(row.textContent).toContain('by oadmin');
    expect(row.textContent).toContain('until');
    const button = withdrawButton(issuer);
    expect(button.textContent!.trim()).toBe('Withdraw');
    expect(button.getAttribute('aria-label')!.startsWith('Withdraw the admin invite made ')).toBe(true);
  });

  it('name the Withdraw button with its visible word first in Khmer too', async () => {
    server();
    setLanguage('km');
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    const button = withdrawButton(issuer);
    expect(button.getAttribute('aria-label')!.startsWith(button.textContent!.trim() + ' ')).toBe(true);
  });

  it('are withdrawn only once confirmed, then the list is read again and says so', async () => {
    const fetch = server();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    withdrawButton(issuer).click();
    await settle(issuer);
    expect(confirm).toHaveBeenCalledOnce();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);

    confirm.mockReturnValue(true);
    withdrawButton(issuer).click();
    await settle(issuer);
    const deleted = fetch.mock.calls.find(([, init]) => init?.method === 'DELETE')!;
    expect(deleted[0]).toBe('/api/t/net-org/admin-invites/7');
    expect(inside(issuer, '#open-invites')).toBeNull();
    expect(inside(issuer, '#invite-status').textContent).toContain('no longer works');
    expect(issuer.shadowRoot!.activeElement?.id).toBe('invite-status');
  });

  it('forget the link shown when that very invite is withdrawn', async () => {
    server();
    vi.stubGlobal('confirm', () => true);
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    inside<HTMLButtonElement>(issuer, '#make').click();
    await settle(issuer);
    expect(inside(issuer, '#admin-invite-link')).not.toBeNull();
    withdrawButton(issuer).click();
    await settle(issuer);
    expect(inside(issuer, '#admin-invite-link')).toBeNull();
  });

  it('say plainly when the invite was no longer open', async () => {
    server(() => problem(404, 'No open admin invite with this id here.'));
    vi.stubGlobal('confirm', () => true);
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    withdrawButton(issuer).click();
    await settle(issuer);
    expect(inside(issuer, '[role=alert]').textContent).toContain('no longer open');
  });

  it('are not shown, nor is the button, to someone the server refuses', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(problem(403, 'This needs the permission account:create here'));
    const issuer = place('admin-invite-issue', { tenant: 'net-org', name: 'Org' });
    await settle(issuer);
    expect(inside(issuer, 'button')).toBeNull();
    expect(issuer.shadowRoot!.textContent!.trim()).toBe('');
  });
});
