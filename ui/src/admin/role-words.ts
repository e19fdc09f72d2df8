import { en, type MessageKey } from '../i18n/en';
import { t } from '../i18n/locale';

function known(prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : code;
}

/** A role as a person reads it (a role a blueprint added under its own name stays as named). */
export function roleName(role: string): string {
  return known('roleName', role);
}

/** An account's status (active, pending, disabled, suspended) in words. */
export function accountStatusName(status: string): string {
  return known('accountStatus', status);
}
