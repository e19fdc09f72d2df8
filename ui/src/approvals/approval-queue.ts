import { LitElement, html } from 'lit';
import { ApiError, api, seg } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { formatDateTime } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import type { MemberView } from '../members/member-api';

/** The organiser's queue: pending self-registrations to approve or refuse (with a reason). */
export class ApprovalQueue extends LitElement {
  static override properties = { ctx: { attribute: false }, pending: { state: true }, error: { state: true }, said: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare pending: MemberView[] | null;
  declare error: string;
  declare said: string;

  constructor() {
    super();
    new LocaleController(this);
    this.pending = null;
    this.error = '';
    this.said = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  private base(): string {
    return `/api/t/${seg(this.ctx.tenant.slug)}/registrations`;
  }

  private async load(): Promise<void> {
    try {
      this.pending = await api<MemberView[]>('GET', `${this.base()}?status=pending`);
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 403 ? t('error.forbidden') : t('error.load');
    }
  }

  private async decide(member: MemberView, approve: boolean): Promise<void> {
    this.error = '';
    let body: unknown;
    if (!approve) {
      const reason = prompt(t('approvals.reasonPrompt'))?.trim();
      if (!reason) return;
      if (reason.length < 3) {
        this.error = t('approvals.reasonShort');
        return;
      }
      body = { reason };
    }
    try {
      await api('POST', `${this.base()}/${member.id}/${approve ? 'approve' : 'reject'}`, body);
      this.said = t(approve ? 'approvals.approved' : 'approvals.rejected', { name: member.workingName });
      await this.load();
    } catch {
      this.error = t('error.save');
    }
  }

  override render() {
    return html`
      <h1>${t('approvals.title')}</h1>
      <p role="status">${this.said}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${this.pending === null ? html`<p>${t('common.loading')}</p>` : this.pending.length === 0
        ? html`<p class="muted">${t('approvals.none')}</p>` : ''}
      <ul class="list">
        ${(this.pending ?? []).map((m) => html`<li data-code=${m.memberCode}>
          <strong>${m.workingName}</strong> <span class="muted">${m.memberCode} · ${formatDateTime(m.createdAt)}</span>
          <div class="row">
            <button @click=${() => this.decide(m, true)} aria-label=${t('approvals.approveWho', { name: m.workingName })}>
              ${t('approvals.approve')}</button>
            <button class="secondary" @click=${() => this.decide(m, false)}
              aria-label=${t('approvals.rejectWho', { name: m.workingName })}>${t('approvals.reject')}</button>
          </div>
        </li>`)}
      </ul>
    `;
  }
}

customElements.define('approval-queue', ApprovalQueue);
