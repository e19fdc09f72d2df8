import { LitElement, html, type PropertyValues } from 'lit';
import { can } from '../core/grants';
import { seg } from '../core/api';
import { explainLoad } from '../core/problem-words';
import { href } from '../core/router';
import { onQuickExit } from '../core/quick-exit';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { formatDate, formatNumber } from '../i18n/format';
import { t } from '../i18n/locale';
import { icon } from '../shell/icons';
import { shared } from '../styles/shared';
import '../modules/export-buttons';
import { pageSteps } from '../modules/list-page';
import { searchMembers, statusKey, type MemberSearch, type MemberView } from './member-api';

const PAGE = 20;

/** The register: search by name or code, or by phone; a page at a time. */
export class MemberRegister extends LitElement {
  static override properties = {
    ctx: { attribute: false }, rows: { state: true }, total: { state: true }, search: { state: true }, error: { state: true },
    busy: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare rows: MemberView[];
  /** How many members the search finds in all (null when the server does not say). */
  declare total: number | null;
  declare search: MemberSearch;
  declare error: string;
  declare busy: boolean;
  private forget?: () => void;

  constructor() {
    super();
    new LocaleController(this);
    this.rows = [];
    this.total = null;
    this.search = { offset: 0, limit: PAGE };
    this.error = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => {
      this.rows = [];
      this.total = null;
      this.search = { offset: 0, limit: PAGE };
    });
  }

  /**
   * Searches whenever the app hands over a context (the first one, or one loaded anew).
   * Lit hands the properties the app set before this lazily fetched screen was defined over only
   * at the first update: they are not there yet in connectedCallback.
   */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget?.();
  }

  private async load(): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const page = await searchMembers(this.ctx.tenant.slug, this.search);
      this.rows = page.rows;
      this.total = page.total;
    } catch (e) {
      this.rows = [];
      this.total = null;
      this.error = explainLoad(e);
    } finally {
      this.busy = false;
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.search = {
      q: String(form.get('q') ?? '').trim() || undefined,
      phone: String(form.get('phone') ?? '').trim() || undefined,
      status: String(form.get('status') ?? '') || undefined,
      offset: 0,
      limit: PAGE,
    };
    this.load();
  }

  private go(offset: number | null): void {
    if (offset === null) return;
    this.search = { ...this.search, offset };
    this.load();
  }

  /** "1–20 of 1,234", or "Members 1 to 20" when the total is not known. */
  private range() {
    const from = this.search.offset + 1;
    const to = this.search.offset + this.rows.length;
    return this.total === null
      ? t('members.showing', { from: formatNumber(from), to: formatNumber(to) })
      : t('lists.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(this.total) });
  }

  override render() {
    const slug = this.ctx.tenant.slug;
    const steps = pageSteps({ rows: this.rows, offset: this.search.offset, total: this.total }, PAGE);
    const button = (offset: number | null, label: string, id: string) => html`<button type="button" class="secondary"
      data-page=${id} ?disabled=${offset === null || this.busy} @click=${() => this.go(offset)}>${label}</button>`;
    return html`
      <h1>${t('members.title')}</h1>
      ${can(this.ctx.grants, 'member:write') ? html`
        <p><a class="button" href=${href('t', slug, 'members', 'new')}>${icon('plus')} ${t('members.add')}</a></p>` : ''}
      ${can(this.ctx.grants, 'member:export') ? html`<export-buttons .exports=${[{
        label: t('lists.registerCsv'), path: `/api/t/${seg(slug)}/members/export`, format: 'csv',
        fallbackName: `register-${slug}.csv` }]}></export-buttons>` : ''}
      <form role="search" @submit=${this.submit}>
        <label for="q">${t('members.searchName')}</label>
        <input id="q" name="q" type="search" maxlength="100" autocomplete="off" aria-describedby="q-hint" />
        <p class="muted" id="q-hint">${t('members.searchHint')}</p>
        <label for="phone">${t('members.searchPhone')}</label>
        <input id="phone" name="phone" type="tel" maxlength="32" autocomplete="off" />
        <label for="status">${t('members.status')}</label>
        <select id="status" name="status">
          <option value="">${t('members.anyStatus')}</option>
          ${['active', 'pending', 'suspended'].map((s) => html`<option value=${s}>${t(statusKey(s))}</option>`)}
        </select>
        <p><button type="submit" ?disabled=${this.busy}>${t('members.search')}</button></p>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      <p class="range" role="status">${this.busy ? t('common.loading')
        : this.rows.length === 0 ? t('members.none') : this.range()}</p>
      <ul class="list" aria-label=${t('members.title')}>
        ${this.rows.map((m) => html`<li>
          <a href=${href('t', slug, 'members', m.id)}><strong>${m.workingName}</strong></a>
          <span class="muted">${m.memberCode} · ${t(statusKey(m.status))} · ${formatDate(m.createdAt)}</span>
        </li>`)}
      </ul>
      <nav class="row" aria-label=${t('members.pages')}>
        ${button(steps.first, t('lists.first'), 'first')}${button(steps.previous, t('lists.previous'), 'previous')}
        ${button(steps.next, t('lists.next'), 'next')}${button(steps.last, t('lists.last'), 'last')}
      </nav>
    `;
  }
}

customElements.define('member-register', MemberRegister);
