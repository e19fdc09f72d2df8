import { can } from '../core/grants';
import { href } from '../core/router';
import { holdsRegister, type TenantContext } from '../core/tenant-context';
import { pick, t } from '../i18n/locale';
import type { IconName } from './icons';

export interface MenuItem {
  id: string;
  label: string;
  href: string;
  icon: IconName;
}

const ADMIN_PERMISSIONS = ['tenant:modules:manage', 'role:manage', 'account:create', 'audit:read', 'invite:manage',
  'tenant:lockdown', 'indicator:publish'];

/** The screens this caller may open here: the core's, then each switched-on module's menu entries. */
export function menuItems(ctx: TenantContext): MenuItem[] {
  const { tenant, grants } = ctx;
  const slug = tenant.slug;
  const items: MenuItem[] = [];
  if (holdsRegister(tenant) && can(grants, 'member:read')) {
    items.push({ id: 'members', label: t('menu.members'), href: href('t', slug, 'members'), icon: 'people' });
  }
  if (holdsRegister(tenant) && can(grants, 'member:approve')) {
    items.push({ id: 'approvals', label: t('menu.approvals'), href: href('t', slug, 'approvals'), icon: 'check' });
  }
  for (const module of ctx.modules) {
    if (!module.enabled || !module.ui) continue;
    for (const entry of module.ui.menu) {
      if (!can(grants, entry.permission)) continue;
      items.push({ id: entry.id, label: pick(entry.label), href: href('t', slug, 'm', module.id, entry.view), icon: 'folder' });
    }
  }
  if (tenant.children.length > 0 || tenant.type === 'network' || tenant.type === 'platform') {
    items.push({ id: 'tenants', label: t('menu.tenants'), href: href('t', slug, 'tenants'), icon: 'tree' });
  }
  if (tenant.type === 'network' && can(grants, 'network:dashboard:read')) {
    items.push({ id: 'dashboard', label: t('menu.dashboard'), href: href('t', slug, 'dashboard'), icon: 'chart' });
  }
  if (tenant.type === 'platform' && can(grants, 'tenant:define')) {
    items.push({ id: 'definitions', label: t('menu.definitions'), href: href('t', slug, 'definitions'), icon: 'file' });
  }
  if (ADMIN_PERMISSIONS.some((p) => can(grants, p))) {
    items.push({ id: 'admin', label: t('menu.admin'), href: href('t', slug, 'admin'), icon: 'gear' });
  }
  return items;
}
