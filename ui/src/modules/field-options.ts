import { readPage } from './list-page';
import type { ModuleWhere } from './module-where';
import { resourcePath } from './module-source';
import { chapterOptions } from './chapter-field';
import { accountOptions } from './account-field';
import type { FieldDefinition, FieldOption } from './ui-definition';

/** Options come a page at a time from a list that pages (a directory of services, of facilities). */
const OPTIONS_PAGE = 200;

/** Every row of the resource: one read when it does not page, else page after page to its total. */
async function everyRow(path: string): Promise<Record<string, unknown>[]> {
  const none = new URLSearchParams();
  const first = await readPage<Record<string, unknown>>(path, none, 0, OPTIONS_PAGE);
  const rows = [...first.rows];
  while (first.total !== null && rows.length < first.total) {
    const next = await readPage<Record<string, unknown>>(path, none, rows.length, OPTIONS_PAGE);
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return rows;
}

/**
 * The fields with the options of each `optionsFrom` enum read from the module, one call per
 * resource (every page of a list that pages), a `chapter` field's chapters and an `account` field's staff. Labels such as user names are the module's data, the same in both languages.
 */
export async function resolveOptions(where: ModuleWhere, fields: FieldDefinition[]): Promise<FieldDefinition[]> {
  const resources = [...new Set(fields.flatMap((f) => (f.optionsFrom ? [f.optionsFrom.resource] : [])))];
  const answers = new Map(await Promise.all(resources.map(async (resource) =>
    [resource, await everyRow(resourcePath(where.tenant, where.moduleId, resource))] as const)));
  const chapters = fields.some((f) => f.type === 'chapter') ? await chapterOptions(where.tenant) : [];
  const holdings = [...new Set(fields.flatMap((f) => (f.type === 'account' && f.holding ? [f.holding] : [])))];
  const staff = new Map(await Promise.all(holdings.map(async (h) => [h, await accountOptions(where.tenant, h)] as const)));
  return fields.map((field) => {
    if (field.type === 'chapter') return { ...field, options: chapters };
    if (field.type === 'account') return { ...field, options: staff.get(field.holding ?? '') ?? [] };
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
