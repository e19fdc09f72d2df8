import { LitElement, html, type PropertyValues } from 'lit';
import { explainLoad } from '../core/problem-words';
import { can } from '../core/grants';
import { href } from '../core/router';
import { onQuickExit } from '../core/quick-exit';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { formatDate, formatDateTime } from '../i18n/format';
import { pick, t } from '../i18n/locale';
import { icon } from '../shell/icons';
import { shared } from '../styles/shared';
import { getMember, statusKey, type Identity, type MemberView } from './member-api';
import './identity-edit';
import './member-edit';
import './member-standing';
import './member-summaries';
import './reveal-dialog';
import type { RevealDialog } from './reveal-dialog';

/** One member: code, working name, status; the identity only after a reveal with a reason. */
export class MemberDetail extends LitElement {
  static override properties = {
    ctx: { attribute: false }, memberId: { type: String },
    member: { state: true }, identity: { state: true }, error: { state: true }, erased: { state: true },
  };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare memberId: string;
  declare member: MemberView | null;
  declare identity: Identity | null;
  declare error: string;
  /** The member was erased from this page: what is left to show is that it happened. */
  declare erased: boolean;
  private forget?: () => void;

  constructor() {
    super();
    new LocaleController(this);
    this.member = null;
    this.identity = null;
    this.error = '';
    this.erased = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.forget = onQuickExit(() => this.hideIdentity());
  }

  /**
   * Fetches the member the route names, again when it names another one.
   * Lit hands the properties the app set before this lazily fetched screen was defined over only
   * at the first update: they are not there yet in connectedCallback.
   */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('memberId')) {
      this.member = null;
      this.identity = null;
      this.erased = false;
    }
    if (changed.has('ctx') || changed.has('memberId')) this.load();
  }

  private async load(): Promise<void> {
    const wanted = this.memberId;
    this.error = '';
    try {
      const member = await getMember(this.ctx.tenant.slug, wanted);
      if (wanted === this.memberId) this.member = member;
    } catch (e) {
      if (wanted !== this.memberId) return;
      this.error = explainLoad(e);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hideIdentity();
    this.forget?.();
  }

  private hideIdentity(): void {
    this.identity = null;
  }

  private forgetErased(): void {
    this.member = null;
    this.identity = null;
    this.erased = true;
  }

  private openReveal(): void {
    (this.shadowRoot!.querySelector('reveal-dialog') as RevealDialog).open();
  }

  override render() {
    const back = html`<p><a href=${href('t', this.ctx.tenant.slug, 'members')}>← ${t('members.back')}</a></p>`;
    if (this.erased) return html`${back}<p class="notice" role="status">${t('erasure.done')}</p>`;
    if (this.error) return html`${back}<p class="error" role="alert">${this.error}</p>`;
    const m = this.member;
    if (!m) return html`${back}<p role="status">${t('common.loading')}</p>`;
    return html`
      ${back}
      <h1>${m.workingName}</h1>
      <dl>
        <dt>${t('member.code')}</dt><dd>${m.memberCode}</dd>
        <dt>${t('members.status')}</dt><dd>${t(statusKey(m.status))}</dd>
        ${m.chapter ? html`<dt>${t('member.chapter')}</dt><dd id="chapter">${m.chapterNames ? pick(m.chapterNames) : m.chapter}</dd>` : ''}
        <dt>${t('member.since')}</dt><dd>${formatDateTime(m.createdAt)}</dd>
      </dl>
      ${this.identity ? this.renderIdentity(this.identity) : can(this.ctx.grants, 'member:identity:read') ? html`
        <button class="secondary" id="reveal" @click=${this.openReveal}>${icon('eye')} ${t('identity.show')}</button>` : ''}
      ${can(this.ctx.grants, 'member:write') ? html`<member-edit .ctx=${this.ctx} .member=${m}
        @member-changed=${(e: CustomEvent<MemberView>) => (this.member = e.detail)}></member-edit>` : ''}
      <member-summaries .tenant=${this.ctx.tenant.slug} .memberId=${this.memberId}></member-summaries>
      <member-standing .tenant=${this.ctx.tenant.slug} .memberId=${this.memberId} .status=${m.status} .grants=${this.ctx.grants}
        @standing-changed=${(e: CustomEvent<string>) => (this.member = { ...m, status: e.detail })}
        @erased=${this.forgetErased}></member-standing>
      <reveal-dialog .tenant=${this.ctx.tenant.slug} .memberId=${this.memberId}
        @revealed=${(e: CustomEvent<Identity>) => (this.identity = e.detail)}></reveal-dialog>
    `;
  }

  private renderIdentity(identity: Identity) {
    const blank = t('identity.blank');
    return html`
      <section class="notice" aria-labelledby="identity-title" id="identity">
        <h2 id="identity-title">${t('identity.title')}</h2>
        <dl>
          <dt>${t('identity.legalName')}</dt><dd>${identity.legalName ?? blank}</dd>
          <dt>${t('identity.phone')}</dt><dd>${identity.phone ?? blank}</dd>
          <dt>${t('identity.dateOfBirth')}</dt><dd>${identity.dateOfBirth ? formatDate(identity.dateOfBirth) : blank}</dd>
          <dt>${t('identity.idNumber')}</dt><dd>${identity.idNumber ?? blank}</dd>
        </dl>
        <p><button class="secondary" @click=${this.hideIdentity}>${t('identity.hide')}</button></p>
        ${can(this.ctx.grants, 'member:write') ? html`<identity-edit .tenant=${this.ctx.tenant.slug}
          .memberId=${this.memberId} .identity=${identity}
          @identity-changed=${(e: CustomEvent<Identity>) => (this.identity = e.detail)}></identity-edit>` : ''}
      </section>
    `;
  }
}

customElements.define('member-detail', MemberDetail);
