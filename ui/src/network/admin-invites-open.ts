import { html } from 'lit';
import { api, seg } from '../core/api';
import { formatDateTime } from '../i18n/format';
import { t } from '../i18n/locale';

/** One open admin invite as GET /api/t/{tenant}/admin-invites lists it: never its code. */
export interface OpenAdminInvite {
  id: number;
  kind: 'admin' | 'first-admin';
  createdAt: string;
  expiresAt: string;
  /** The issuer's username is there only where the caller manages that account's group. */
  issuedBy: { id: number; username?: string | null };
}

/** The server's answer: the open invites and whether this caller may issue one now. */
export interface OpenAdminInvites {
  tenant: string;
  /** The group has an account: its first admin came in. */
  hasAccount: boolean;
  /** POST .../admin-invites by this caller would make an invite now. */
  mayIssue: boolean;
  invites: OpenAdminInvite[];
}

const base = (tenant: string) => `/api/t/${seg(tenant)}/admin-invites`;

export const loadOpenInvites = (tenant: string) => api<OpenAdminInvites>('GET', base(tenant));

/** Withdraws an invite at once: its link then says it is no longer valid. */
export const withdrawInvite = (tenant: string, id: number) => api<void>('DELETE', `${base(tenant)}/${id}`);

/**
 * The open invites with their expiry and a Withdraw button each (the button's name says which, with
 * its visible word first). Nothing when there are none.
 */
export function renderOpenInvites(invites: OpenAdminInvite[], busy: boolean, withdraw: (i: OpenAdminInvite) => void) {
  if (!invites.length) return '';
  return html`<h3 id="open-title">${t('adminInvite.open')}</h3>
    <ul class="list" id="open-invites" aria-labelledby="open-title">${invites.map((i) => {
      const made = formatDateTime(i.createdAt);
      return html`<li data-invite=${i.id}>
        ${t('adminInvite.made', { when: made })}${i.issuedBy.username ? ` · ${t('adminInvite.by', { name: i.issuedBy.username })}` : ''}
        · ${t('invites.expires', { when: formatDateTime(i.expiresAt) })}
        <button type="button" class="secondary" ?disabled=${busy} @click=${() => withdraw(i)}
          aria-label=${t('adminInvite.withdrawWhich', { when: made })}>${t('invites.withdraw')}</button>
      </li>`;
    })}</ul>`;
}
