import { can, type Grants } from '../core/grants';
import { pick } from '../i18n/locale';
import type { OfferedExport } from './export-buttons';
import { resourcePath } from './module-source';
import type { ViewDefinition } from './ui-definition';

/**
 * The view's exports this person may download, each at its resource with the format and the
 * query chosen on the list (choices, numbers and dates only: the core refuses free-text query
 * fields, so no name or phone reaches the address). Named `<module>-<view>.<format>` unless the
 * server names the file.
 */
export function offeredExports(where: { tenant: string; moduleId: string }, view: ViewDefinition, grants: Grants,
  chosen: URLSearchParams): OfferedExport[] {
  return (view.exports ?? []).filter((e) => can(grants, e.permission)).map((e) => {
    const query = new URLSearchParams([['format', e.format], ...chosen]);
    return {
      label: pick(e.label),
      path: `${resourcePath(where.tenant, where.moduleId, e.resource)}?${query}`,
      format: e.format,
      fallbackName: `${where.moduleId}-${view.id}.${e.format}`,
    };
  });
}
