import type { TenantModule } from '../modules/module-source';
import { en, type MessageKey } from '../i18n/en';
import { pick, t } from '../i18n/locale';

/**
 * An audit action as a person reads it: the core's actions in their words (catalogue keys
 * `auditAction.<action>`), a module's as the module's name and its own code
 * (`legal-aid:cases.read` → "Legal aid: cases.read"), anything else as its code.
 */
export function auditActionWords(action: string, modules: TenantModule[]): string {
  const key = `auditAction.${action}`;
  if (Object.hasOwn(en, key)) return t(key as MessageKey);
  const colon = action.indexOf(':');
  if (colon > 0) {
    const module = modules.find((m) => m.id === action.slice(0, colon));
    if (module) return `${pick(module.names)}: ${action.slice(colon + 1)}`;
  }
  return action;
}
