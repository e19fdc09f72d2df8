import { loadTenant, type LocalizedText, type TenantView } from '../core/tenant-context';
import { pick } from '../i18n/locale';
import type { FieldDefinition, FieldOption } from './ui-definition';

/**
 * The `chapter` field type: a chapter of the organisation, sent and stored by its slug, chosen from
 * a list of the chapters' names and shown by name, so nobody types or reads a URL name.
 */
const names = new Map<string, LocalizedText>();
const asked = new Map<string, Promise<FieldOption[]>>();

/** The chapters a field at `tenant` can name: an organisation's chapters, or the chapter itself. */
function choices(tenant: TenantView): FieldOption[] {
  const chapters = tenant.type === 'chapter' ? [{ slug: tenant.slug, names: tenant.names }] : tenant.childNames ?? [];
  return chapters.map((c) => ({ value: c.slug, label: c.names }));
}

/** The chapters at `tenant` as options, asked once per tenant; their names are then known to {@link chapterName}. */
export function chapterOptions(tenant: string): Promise<FieldOption[]> {
  let answer = asked.get(tenant);
  if (!answer) {
    answer = loadTenant(tenant).then((t) => {
      const options = choices(t);
      options.forEach((o) => names.set(o.value, o.label));
      return options;
    });
    answer.catch(() => asked.delete(tenant));
    asked.set(tenant, answer);
  }
  return answer;
}

/** Learns the chapters' names when any of `fields` is a chapter; a failure leaves the slugs showing. */
export async function learnChapters(tenant: string, fields: FieldDefinition[]): Promise<void> {
  if (!fields.some((f) => f.type === 'chapter')) return;
  await chapterOptions(tenant).catch(() => []);
}

/** A chapter's name in the language chosen, or its slug while the name is not known. */
export function chapterName(slug: string): string {
  const known = names.get(slug);
  return known ? pick(known) : slug;
}
