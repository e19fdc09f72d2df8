import { ApiError, api, seg } from './api';

/** What the caller may do in one tenant. When `known` is false every check passes and the server decides. */
export interface Grants {
  known: boolean;
  permissions: string[];
}

interface MeAnswer {
  permissions: string[];
}

/**
 * Reads the caller's permissions in a tenant from GET /api/t/{tenant}/me (proposed to the core; see
 * ui/README.md). Until the core answers it, the app shows every screen and the server's 403 says no.
 */
export async function loadGrants(tenant: string): Promise<Grants> {
  try {
    const me = await api<MeAnswer>('GET', `/api/t/${seg(tenant)}/me`);
    return { known: true, permissions: me.permissions ?? [] };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return { known: false, permissions: [] };
    throw e;
  }
}

export function can(grants: Grants | undefined, permission: string | undefined): boolean {
  if (!permission || !grants || !grants.known) return true;
  return grants.permissions.some((held) => implies(held, permission));
}

/** Shiro's wildcard rule: "legal:*" implies "legal:case:read"; "a:b" implies "a:b:c"; parts may list "x,y". */
export function implies(held: string, wanted: string): boolean {
  const have = held.split(':').map((p) => p.split(','));
  const want = wanted.split(':').map((p) => p.split(','));
  for (let i = 0; i < want.length; i++) {
    if (i >= have.length) return true;
    const part = have[i];
    if (part.includes('*')) continue;
    if (!want[i].every((w) => part.includes(w))) return false;
  }
  for (let i = want.length; i < have.length; i++) {
    if (!have[i].includes('*')) return false;
  }
  return true;
}
