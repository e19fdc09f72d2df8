import { api, seg } from './api';
import { loadGrants, type Grants } from './grants';
import { loadModules, type TenantModule } from '../modules/module-source';

export interface LocalizedText {
  km: string;
  en: string;
}

/** A tenant as GET /api/tenants/{slug} answers it. */
export interface TenantView {
  slug: string;
  type: 'platform' | 'network' | 'organisation' | 'chapter';
  status: string;
  parent: string | null;
  names: LocalizedText;
  children: string[];
  modules: string[];
  /** The children with the names a person reads (servers before it answered only `children`). */
  childNames?: { slug: string; names: LocalizedText }[];
}

/** Everything a screen needs to know about where it is. */
export interface TenantContext {
  tenant: TenantView;
  modules: TenantModule[];
  grants: Grants;
}

export function loadTenant(slug: string): Promise<TenantView> {
  return api<TenantView>('GET', `/api/tenants/${seg(slug)}`);
}

/** The tenant and every tenant below it the caller may read, parents before children: a tree in one call. */
export function loadSubtree(slug: string): Promise<TenantView[]> {
  return api<TenantView[]>('GET', `/api/tenants/${seg(slug)}/subtree`);
}

export async function loadTenantContext(slug: string): Promise<TenantContext> {
  const [tenant, modules, grants] = await Promise.all([loadTenant(slug), loadModules(slug), loadGrants(slug)]);
  return { tenant, modules, grants };
}

/** Organisations and chapters hold a register; networks and the platform do not. */
export function holdsRegister(tenant: TenantView): boolean {
  return tenant.type === 'organisation' || tenant.type === 'chapter';
}
