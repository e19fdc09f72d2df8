import { describe, expect, it } from 'vitest';
import { parseRoute } from '../core/router';
import { adminInviteLink, parseAdminInvite } from './admin-invite-link';

const CODE = 'aB3dE6gH9jK2';

describe('the admin invite link', () => {
  it('carries the code in the fragment only, which the browser never sends to the server', () => {
    const link = adminInviteLink('https://notes.example/', { tenant: 'apnsw', code: CODE });
    expect(link).toBe(`https://notes.example/#/welcome/apnsw/${CODE}`);
    const url = new URL(link);
    expect(url.pathname + url.search).toBe('/');
    expect(parseAdminInvite(parseRoute(url.hash).parts)).toEqual({ tenant: 'apnsw', code: CODE });
  });

  it('is read back from the route the app follows', () => {
    expect(parseAdminInvite(['welcome', 'e2e-net', CODE])).toEqual({ tenant: 'e2e-net', code: CODE });
    expect(parseAdminInvite(['welcome', 'e2e-net', ` ${CODE} `])).toEqual({ tenant: 'e2e-net', code: CODE });
  });

  it('is refused when it came through broken, before anything is sent', () => {
    expect(parseAdminInvite(['welcome', 'e2e-net'])).toBeNull();
    expect(parseAdminInvite(['welcome', 'e2e-net', CODE.slice(0, 11)])).toBeNull();
    expect(parseAdminInvite(['welcome', 'e2e-net', CODE + '.'])).toBeNull();
    expect(parseAdminInvite(['welcome', 'E2E Net', CODE])).toBeNull();
    expect(parseAdminInvite(['welcome', 'e2e-net', CODE, 'more'])).toBeNull();
    expect(parseAdminInvite(['join', 'e2e-net', CODE])).toBeNull();
    expect(parseAdminInvite([])).toBeNull();
  });
});
