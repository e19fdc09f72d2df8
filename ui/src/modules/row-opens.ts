import type { ViewDefinition } from './ui-definition';

/**
 * Where a list's row leads: the view whose detail it opens and the record's id, as the list's
 * `opens` says (`"detentions"`, `{"view": "cases", "key": "caseId"}`, or false for rows that open
 * nothing); null when the row has no such id.
 */
export function rowTarget(view: ViewDefinition, row: Record<string, unknown>): { view: string; id: string } | null {
  const opens = view.opens;
  if (opens === false) return null;
  const target = typeof opens === 'string' ? { view: opens } : opens ?? { view: view.id };
  const id = row[target.key ?? 'id'];
  return id === undefined || id === null || id === '' ? null : { view: target.view, id: String(id) };
}
