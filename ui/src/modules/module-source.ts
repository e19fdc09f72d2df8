import { api, seg } from '../core/api';
import type { LocalizedText } from '../core/tenant-context';
import type { ModuleUiDefinition, TenantLevel } from './ui-definition';

/** A module as one tenant sees it: GET /api/t/{tenant}/modules answers `ui` only while it is on. */
export interface TenantModule {
  id: string;
  version: string;
  names: LocalizedText;
  enabled: boolean;
  /** Where some screen of it works; a chapter is not offered a module kept at the organisation. */
  levels?: TenantLevel[];
  ui: ModuleUiDefinition | null;
}

/**
 * The one place the app learns modules and their UI definitions from. The browser keeps this answer
 * (definitions, no personal data) and asks the server each time whether it changed: a 304 of a few
 * hundred bytes instead of the definitions at every login and tenant switch.
 */
export function loadModules(tenant: string): Promise<TenantModule[]> {
  return api<TenantModule[]>('GET', `/api/t/${seg(tenant)}/modules`, undefined, 'no-cache');
}

export function switchModule(tenant: string, id: string, enabled: boolean): Promise<TenantModule> {
  return api<TenantModule>('PUT', `/api/t/${seg(tenant)}/modules/${seg(id)}`, { enabled });
}

/** The module's own API for one resource of its UI definition. */
export function resourcePath(tenant: string, moduleId: string, resource: string, id?: string): string {
  const base = `/api/t/${seg(tenant)}/${seg(moduleId)}/${resource.split('/').map(seg).join('/')}`;
  return id === undefined ? base : `${base}/${seg(id)}`;
}
