import { api, seg } from './api';

/** The permissions of the catalogue the caller holds in one tenant (GET /api/t/{tenant}/permissions). */
export interface Grants {
  permissions: string[];
  /** The caller is a member of this tenant's organisation, so a member's own screens are theirs. */
  member?: boolean;
}

export async function loadGrants(tenant: string): Promise<Grants> {
  const mine = await api<{ permissions: string[]; member?: boolean }>('GET', `/api/t/${seg(tenant)}/permissions`);
  return { permissions: mine.permissions ?? [], member: mine.member === true };
}

/** Whether a screen or action needing `permission` will work; the server checks again either way. */
export function can(grants: Grants | undefined, permission: string | undefined): boolean {
  if (!permission) return true;
  return (grants?.permissions ?? []).some((held) => implies(held, permission));
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
