import { refusal, send } from '../core/api';
import type { FieldDefinition, ViewDefinition } from './ui-definition';

/** The rows a paged list asks for at a time (a module answers up to 200). */
export const PAGE_SIZE = 50;
/** Where a list's whole count travels (org.sahakum.api.Page). */
export const TOTAL_HEADER = 'X-Total-Count';
/** A phone shows so many columns when the list does not say which. */
const PHONE_COLUMNS = 3;

/** One page of a list: its rows, where it starts, and the whole list's count when the module says it. */
export interface ListPage<R> {
  rows: R[];
  offset: number;
  total: number | null;
}

/** Reads one page: `?offset=&limit=` besides the chosen query; the total from the answer's header. */
export async function readPage<R>(path: string, params: URLSearchParams, offset: number, limit = PAGE_SIZE): Promise<ListPage<R>> {
  const query = new URLSearchParams([...params, ['offset', String(offset)], ['limit', String(limit)]]);
  const answer = await send('GET', `${path}?${query}`);
  if (!answer.ok) throw await refusal(answer);
  const rows = (await answer.json()) as R[];
  const header = answer.headers.get(TOTAL_HEADER);
  const total = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  return { rows, offset, total };
}

/** Where the page buttons lead: null where a button has nowhere to go. */
export interface PageSteps {
  first: number | null;
  previous: number | null;
  next: number | null;
  last: number | null;
}

export function pageSteps(page: ListPage<unknown>, size = PAGE_SIZE): PageSteps {
  const { offset, total, rows } = page;
  const atStart = offset === 0;
  // without a total, a full page means there may be more
  const more = total === null ? rows.length >= size : offset + rows.length < total;
  const lastOffset = total === null || total === 0 ? null : Math.floor((total - 1) / size) * size;
  return {
    first: atStart ? null : 0,
    previous: atStart ? null : Math.max(0, offset - size),
    next: more ? offset + size : null,
    last: more && lastOffset !== null && lastOffset > offset ? lastOffset : null,
  };
}

/** The names of the fields a phone shows: those the view names, else its first three. */
export function phoneColumnNames(view: ViewDefinition): Set<string> {
  const fields = view.fields ?? [];
  const named = view.phoneColumns?.filter((n) => fields.some((f) => f.name === n)) ?? [];
  return new Set(named.length ? named : fields.slice(0, PHONE_COLUMNS).map((f) => f.name));
}

/**
 * The fields a phone leaves out of the table, which a row shows under "More" unless its own
 * detail (this view's) has them all.
 */
export function fieldsOffPhone(view: ViewDefinition): FieldDefinition[] {
  const shown = phoneColumnNames(view);
  return (view.fields ?? []).filter((f) => !shown.has(f.name));
}
