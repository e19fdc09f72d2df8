/**
 * Resources that name one record: `cases/{id}/close` is the record's, `cases/{id}/dates/{item}/done`
 * one of its related rows'. The route carries both ids, so a record form can be opened from a link.
 */
export interface RecordIds {
  id?: string;
  item?: string;
}

const PLACEHOLDER = /\{(id|item)\}/g;

/** Whether the resource names a record, so its form is reached only from that record. */
export function isRecordResource(resource: string): boolean {
  return resource.includes('{id}');
}

/**
 * The resource with the ids filled in, or null when an id it needs is missing (a record form opened
 * without its record) or is not one plain path segment (ids come from the address bar).
 */
export function fillResource(resource: string, ids: RecordIds): string | null {
  let usable = true;
  const filled = resource.replace(PLACEHOLDER, (_, name: 'id' | 'item') => {
    const value = ids[name] ?? '';
    if (value === '' || value === '.' || value === '..' || value.includes('/')) usable = false;
    return value;
  });
  return usable ? filled : null;
}
