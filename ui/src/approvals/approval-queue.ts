import { LitElement, html, type PropertyValues } from 'lit';
import { explainProblem, explainLoad } from '../core/problem-words';
import { api, seg } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { formatDateTime } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import type { MemberView } from '../members/member-api';

/** The organiser's queue: pending self-registrations to approve or refuse (with a reason). */
export class ApprovalQueue extends LitElement {
  static override properties = {
    ctx: { attribute: false }, pending: { state: true }, error: { state: true }, said: { state: true }, deciding: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare pending: MemberView[] | null;
  declare error: string;
  declare said: string;
  /** The registration whose decision is on its way to the server: its buttons wait. */
  declare deciding: number | null;
  /** Counts reads of the queue: an older answer arriving late never brings back a decided row. */
  private reads = 0;

  constructor() {
    super();
    new LocaleController(this);
    this.pending = null;
    this.error = '';
    this.said = '';
    this.deciding = null;
  }

  /**
   * Loads the queue for every context the app hands over. Lit hands the properties the app set
   * before this lazily fetched screen was defined over only at the first update: they are not
   * there yet in connectedCallback.
   */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  private base(): string {
    return `/api/t/${seg(this.ctx.tenant.slug)}/registrations`;
  }

  private async load(): Promise<void> {
    const ticket = ++this.reads;
    try {
      const pending = await api<MemberView[]>('GET', `${this.base()}?status=pending`);
      if (ticket === this.reads) this.pending = pending;
    } catch (e) {
      if (ticket === this.reads) this.error = explainLoad(e);
    }
  }

  private async decide(member: MemberView, approve: boolean): Promise<void> {
    if (this.deciding !== null) return;
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
    this.deciding = member.id;
    try {
      await api('POST', `${this.base()}/${member.id}/${approve ? 'approve' : 'reject'}`, body);
      // the row leaves as the confirmation appears; the queue is then read again for newcomers
      this.pending = (this.pending ?? []).filter((p) => p.id !== member.id);
      this.said = t(approve ? 'approvals.approved' : 'approvals.rejected', { name: member.workingName });
    } catch (e) {
      this.error = explainProblem(e);
      return;
    } finally {
      this.deciding = null;
    }
    await this.load();
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
            <button @click=${() => this.decide(m, true)} ?disabled=${this.deciding === m.id} aria-label=${t('approvals.approveWho', { name: m.workingName })}>
              ${t('approvals.approve')}</button>
            <button class="secondary" @click=${() => this.decide(m, false)} ?disabled=${this.deciding === m.id}
              aria-label=${t('approvals.rejectWho', { name: m.workingName })}>${t('approvals.reject')}</button>
          </div>
        </li>`)}
      </ul>
    `;
  }
}

customElements.define('approval-queue', ApprovalQueue);
