import { formatNumber } from '../i18n/format';
import { readPage } from './list-page';
import { learnChapters } from './chapter-field';
import type { FieldDefinition, FieldOption } from './ui-definition';

/**
 * The `account` field type: a staff account, sent and stored by its id, chosen from the login names
 * of the accounts that hold the field's `holding` permission at the tenant (the core's
 * `GET /api/t/{tenant}/staff`), and shown by that name, so nobody types or reads an account number.
 * Login names are what staff choose and see in the admin console, the same in both languages.
 */
const STAFF_PAGE = 200;
const names = new Map<number, string>();
const asked = new Map<string, Promise<FieldOption[]>>();

/** Every holder of `holding` at `tenant` as options, page after page; asked once per tenant and permission. */
export function accountOptions(tenant: string, holding: string): Promise<FieldOption[]> {
  const key = `${tenant}|${holding}`;
  let answer = asked.get(key);
  if (!answer) {
    answer = everyHolder(tenant, holding).then((staff) => staff.map((s) => {
      names.set(s.accountId, s.username);
      return { value: String(s.accountId), label: { km: s.username, en: s.username }, sent: s.accountId };
    }));
    answer.catch(() => asked.delete(key));
    asked.set(key, answer);
  }
  return answer;
}

interface StaffName {
  accountId: number;
  username: string;
}

async function everyHolder(tenant: string, holding: string): Promise<StaffName[]> {
  const path = `/api/t/${encodeURIComponent(tenant)}/staff`;
  const query = new URLSearchParams([['holding', holding]]);
  const first = await readPage<StaffName>(path, query, 0, STAFF_PAGE);
  const rows = [...first.rows];
  while (first.total !== null && rows.length < first.total) {
    const next = await readPage<StaffName>(path, query, rows.length, STAFF_PAGE);
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return rows;
}

/**
 * Learns the names a list or detail shows for its chapter and account fields; a failure (someone
 * who may read the list but not the staff) leaves the numbers showing, never an error.
 */
export async function learnNames(tenant: string, fields: FieldDefinition[]): Promise<void> {
  const holdings = [...new Set(fields.flatMap((f) => (f.type === 'account' && f.holding ? [f.holding] : [])))];
  await Promise.all([learnChapters(tenant, fields), ...holdings.map((h) => accountOptions(tenant, h).catch(() => []))]);
}

/** An account's login name, or its number while the name is not known to this person. */
export function accountName(value: unknown): string {
  const id = Number(value);
  return names.get(id) ?? formatNumber(id);
}
