import { api } from '../core/api';
import type { ModuleWhere } from './module-list';
import { resourcePath } from './module-source';
import { chapterOptions } from './chapter-field';
import type { FieldDefinition, FieldOption } from './ui-definition';

/**
 * The fields with the options of each `optionsFrom` enum read from the module, one call per
 * resource, and a `chapter` field's chapters. Labels such as user names are the module's data, the same in both languages.
 */
export async function resolveOptions(where: ModuleWhere, fields: FieldDefinition[]): Promise<FieldDefinition[]> {
  const resources = [...new Set(fields.flatMap((f) => (f.optionsFrom ? [f.optionsFrom.resource] : [])))];
  const answers = new Map(await Promise.all(resources.map(async (resource) =>
    [resource, await api<Record<string, unknown>[]>('GET', resourcePath(where.tenant, where.moduleId, resource))] as const)));
  const chapters = fields.some((f) => f.type === 'chapter') ? await chapterOptions(where.tenant) : [];
  return fields.map((field) => {
    if (field.type === 'chapter') return { ...field, options: chapters };
    const source = field.optionsFrom;
    if (!source) return field;
    const options: FieldOption[] = (answers.get(source.resource) ?? [])
      .filter((row) => row[source.value] !== null && row[source.value] !== undefined)
      .map((row) => {
        const label = String(row[source.label] ?? row[source.value]);
        return { value: String(row[source.value]), label: { km: label, en: label }, sent: row[source.value] };
      });
    return { ...field, options };
  });
}
