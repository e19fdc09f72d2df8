import { LitElement, css, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { ApiError } from '../core/api';
import { can, type Grants } from '../core/grants';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { changeStanding, eraseMember } from './member-api';

/**
 * A member's standing: suspend or take back (member:write), and erase on their request
 * (member:erase) after a dialog that says plainly that an erasure cannot be undone.
 * Tells the member page through `standing-changed` (detail: the new status) and `erased`.
 */
export class MemberStanding extends LitElement {
  static override properties = {
    tenant: { type: String }, memberId: { type: String }, status: { type: String }, grants: { attribute: false },
    busy: { state: true }, error: { state: true },
  };
  static override styles = [shared, css`
    dialog { max-width: min(520px, 92vw); border: 2px solid #a4161a; border-radius: 12px; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
  `];

  declare tenant: string;
  declare memberId: string;
  declare status: string;
  declare grants: Grants;
  declare busy: boolean;
  declare error: string;

  constructor() {
    super();
    new LocaleController(this);
    this.busy = false;
    this.error = '';
  }

  private async setStanding(status: 'active' | 'suspended'): Promise<void> {
    await this.send(async () => {
      const answer = await changeStanding(this.tenant, this.memberId, status);
      this.dispatchEvent(new CustomEvent<string>('standing-changed', { detail: answer.status }));
    });
  }

  private askErasure(): void {
    this.error = '';
    this.dialog().showModal();
    this.dialog().querySelector<HTMLButtonElement>('button.secondary')?.focus();
  }

  private async erase(): Promise<void> {
    await this.send(async () => {
      await eraseMember(this.tenant, this.memberId);
      this.dialog().close();
      this.dispatchEvent(new CustomEvent('erased'));
    });
  }

  private async send(call: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await call();
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      this.error = status === 403 ? t('error.forbidden') : status === 409 ? t('standing.conflict')
        : status === 423 ? t('standing.locked') : explainProblem(e);
    } finally {
      this.busy = false;
    }
  }

  private dialog(): HTMLDialogElement {
    return this.shadowRoot!.querySelector('dialog')!;
  }

  override render() {
    const mayChange = can(this.grants, 'member:write');
    const mayErase = can(this.grants, 'member:erase');
    if (!mayChange && !mayErase) return html``;
    return html`
      <section aria-labelledby="standing-title">
        <h2 id="standing-title">${t('standing.title')}</h2>
        <div class="row">
          ${mayChange && this.status === 'active' ? html`<button class="secondary" id="suspend" ?disabled=${this.busy}
            @click=${() => this.setStanding('suspended')}>${t('standing.suspend')}</button>` : ''}
          ${mayChange && this.status === 'suspended' ? html`<button class="secondary" id="reinstate" ?disabled=${this.busy}
            @click=${() => this.setStanding('active')}>${t('standing.reinstate')}</button>` : ''}
          ${mayErase ? html`<button class="danger" id="erase" ?disabled=${this.busy}
            @click=${this.askErasure}>${t('erasure.button')}</button>` : ''}
        </div>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      </section>
      <dialog aria-labelledby="erasure-title" aria-describedby="erasure-text" @cancel=${() => (this.error = '')}>
        <h2 id="erasure-title">${t('erasure.title')}</h2>
        <p id="erasure-text">${t('erasure.cannotUndo')}</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        <div class="row">
          <button class="danger" id="erase-confirm" ?disabled=${this.busy} @click=${this.erase}>${t('erasure.confirm')}</button>
          <button class="secondary" @click=${() => this.dialog().close()}>${t('common.cancel')}</button>
        </div>
      </dialog>
    `;
  }
}

customElements.define('member-standing', MemberStanding);
