import { LitElement, html } from 'lit';
import { ApiError, api, seg } from '../core/api';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { formatDateTime, formatNumber } from '../i18n/format';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { auditActionWords } from './audit-words';

interface Entry {
  seq: number;
  at: string;
  actor: number | null;
  /** The actor's login name, when the account is of this organisation. */
  actorName?: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
}

interface Verdict {
  intact?: boolean;
  [key: string]: unknown;
}

const PAGE = 50;

/** The audit trail with filters (action, kind of target, dates), older pages, and the chain check. */
export class AuditPanel extends LitElement {
  static override properties = {
    ctx: { attribute: false }, entries: { state: true }, error: { state: true }, verdict: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare entries: Entry[];
  declare error: string;
  declare verdict: string;
  private filter = new URLSearchParams();

  constructor() {
    super();
    new LocaleController(this);
    this.entries = [];
    this.error = '';
    this.verdict = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  private async load(before?: number): Promise<void> {
    const params = new URLSearchParams(this.filter);
    params.set('limit', String(PAGE));
    if (before) params.set('before', String(before));
    this.error = '';
    try {
      this.entries = await api<Entry[]>('GET', `/api/t/${seg(this.ctx.tenant.slug)}/audit?${params}`);
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 403 ? t('error.forbidden')
        : e instanceof ApiError && e.status === 400 ? t('audit.badFilter') : t('error.load');
    }
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const filter = new URLSearchParams();
    const action = String(form.get('action') ?? '').trim();
    const targetType = String(form.get('targetType') ?? '').trim();
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    if (action) filter.set('action', action);
    if (targetType) filter.set('targetType', targetType);
    // whole days in the device's zone, sent as instants
    if (from) filter.set('from', new Date(`${from}T00:00:00`).toISOString());
    if (to) filter.set('to', new Date(`${to}T23:59:59.999`).toISOString());
    this.filter = filter;
    this.load();
  }

  private async verify(): Promise<void> {
    try {
      const verdict = await api<Verdict>('GET', `/api/t/${seg(this.ctx.tenant.slug)}/audit/verify`);
      this.verdict = verdict.intact === false ? t('audit.broken') : t('audit.intact');
    } catch {
      this.verdict = t('error.load');
    }
  }

  override render() {
    const last = this.entries[this.entries.length - 1];
    return html`
      <h2>${t('admin.audit')}</h2>
      <form @submit=${this.apply} class="filters">
        <label for="action">${t('audit.action')}</label>
        <input id="action" name="action" placeholder="member.identity.revealed" />
        <label for="targetType">${t('audit.targetType')}</label>
        <input id="targetType" name="targetType" placeholder="member" />
        <label for="from">${t('audit.from')}</label><input id="from" name="from" type="date" />
        <label for="to">${t('audit.to')}</label><input id="to" name="to" type="date" />
        <div class="row"><button type="submit">${t('audit.filter')}</button>
          <button type="button" class="secondary" @click=${this.verify}>${t('audit.verify')}</button></div>
      </form>
      <p role="status">${this.verdict}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <div class="scroll" tabindex="0" role="region" aria-label=${t('admin.audit')}><table id="audit">
        <thead><tr><th scope="col">#</th><th scope="col">${t('audit.when')}</th><th scope="col">${t('audit.action')}</th>
          <th scope="col">${t('audit.target')}</th><th scope="col">${t('audit.actor')}</th><th scope="col">${t('audit.reason')}</th></tr></thead>
        <tbody>${this.entries.map((e) => html`<tr>
          <td>${formatNumber(e.seq)}</td><td>${formatDateTime(e.at)}</td><td title=${e.action}>${auditActionWords(e.action, this.ctx.modules)}</td>
          <td>${e.targetType} ${e.targetId}</td><td>${e.actorName ?? e.actor ?? '—'}</td><td>${e.reason ?? ''}</td></tr>`)}</tbody>
      </table></div>
      ${this.entries.length === PAGE ? html`<p><button class="secondary" @click=${() => this.load(last.seq)}>
        ${t('audit.older')}</button></p>` : ''}
    `;
  }
}

customElements.define('audit-panel', AuditPanel);
