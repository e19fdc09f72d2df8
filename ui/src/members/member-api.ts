import { ApiError, api, send, seg } from '../core/api';
import { TOTAL_HEADER, type ListPage } from '../modules/list-page';
import type { LocalizedText } from '../core/tenant-context';

/** A member as the register shows one: never an identifying field. The chapter by slug and by its names. */
export interface MemberView {
  id: number;
  memberCode: string;
  workingName: string;
  chapter: string | null;
  chapterNames?: LocalizedText | null;
  status: string;
  createdAt: string;
}

/** The identifying fields, answered only to a reveal with a reason. */
export interface Identity {
  legalName: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  idNumber: string | null;
}

export interface MemberSearch {
  q?: string;
  phone?: string;
  status?: string;
  offset: number;
  limit: number;
}

/**
 * A page of the register, and how many members match in all (the answer's X-Total-Count; null
 * when it does not say). A search by name, code or phone is sent in a POST body: in the address
 * it would land in the access log of every proxy on the way. A plain page stays a GET.
 */
export async function searchMembers(tenant: string, search: MemberSearch): Promise<ListPage<MemberView>> {
  const { q, phone, status, offset, limit } = search;
  let answer: Response;
  if (q || phone) {
    answer = await send('POST', `/api/t/${seg(tenant)}/members/search`, { body: { q, phone, status, offset, limit } });
  } else {
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    params.set('offset', String(offset));
    params.set('limit', String(limit));
    answer = await send('GET', `/api/t/${seg(tenant)}/members?${params}`);
  }
  if (!answer.ok) throw new ApiError(answer.status, '');
  const rows = (await answer.json()) as MemberView[];
  const header = answer.headers.get(TOTAL_HEADER);
  return { rows, offset, total: header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null };
}

export function getMember(tenant: string, id: string): Promise<MemberView> {
  return api<MemberView>('GET', `/api/t/${seg(tenant)}/members/${seg(id)}`);
}

export function revealIdentity(tenant: string, id: string, reason: string): Promise<Identity> {
  return api<Identity>('POST', `/api/t/${seg(tenant)}/members/${seg(id)}/identity`, { reason });
}

export function addMember(tenant: string, body: Record<string, string | undefined>): Promise<MemberView> {
  return api<MemberView>('POST', `/api/t/${seg(tenant)}/members`, body);
}

/** Corrects the working name or (at an organisation) the chapter; answers the member as now stored. */
export function editMember(tenant: string, id: string, body: { workingName: string; chapter: string | null }): Promise<MemberView> {
  return api<MemberView>('PUT', `/api/t/${seg(tenant)}/members/${seg(id)}`, body);
}

/** Replaces the identifying fields (null clears one), with the reason that goes to the audit trail. No answer body. */
export function changeIdentity(tenant: string, id: string, body: Identity & { reason: string }): Promise<void> {
  return api<void>('PUT', `/api/t/${seg(tenant)}/members/${seg(id)}/identity`, body);
}

/** What one module holds about a member, as GET .../members/{id}/summaries answers it. */
export interface ModuleSummary {
  module: string;
  moduleName: LocalizedText;
  summary: { title: LocalizedText; lines: { label: LocalizedText; value: LocalizedText }[]; view: string | null } | null;
  unavailable: boolean;
}

export function memberSummaries(tenant: string, id: string): Promise<ModuleSummary[]> {
  return api<ModuleSummary[]>('GET', `/api/t/${seg(tenant)}/members/${seg(id)}/summaries`);
}

/** Suspends a member or takes them back; answers the standing the member now has. */
export function changeStanding(tenant: string, id: string, status: 'active' | 'suspended'): Promise<{ status: string }> {
  return api<{ status: string }>('PUT', `/api/t/${seg(tenant)}/members/${seg(id)}/status`, { status });
}

/** Erases the member for good (identity, login, every module's rows about them). No body; 204. */
export function eraseMember(tenant: string, id: string): Promise<void> {
  return api<void>('POST', `/api/t/${seg(tenant)}/members/${seg(id)}/erasure`);
}

export function statusKey(status: string) {
  switch (status) {
    case 'active': return 'member.status.active' as const;
    case 'pending': return 'member.status.pending' as const;
    case 'suspended': return 'member.status.suspended' as const;
    default: return 'member.status.other' as const;
  }
}
