import { LitElement, html } from 'lit';
import { ApiError } from '../core/api';
import { href, navigate } from '../core/router';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { addMember } from './member-api';

/** Adds a member to the register; the identifying fields are optional and sealed by the server. */
export class MemberForm extends LitElement {
  static override properties = { ctx: { attribute: false }, error: { state: true }, busy: { state: true } };
  static override styles = [shared];

  declare ctx: TenantContext;
  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.error = '';
    this.busy = false;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    if (!value('workingName')) {
      this.error = t('form.required');
      return;
    }
    this.busy = true;
    try {
      const member = await addMember(this.ctx.tenant.slug, {
        workingName: value('workingName'),
        chapter: value('chapter'),
        legalName: value('legalName'),
        phone: value('phone'),
        dateOfBirth: value('dateOfBirth'),
        idNumber: value('idNumber'),
      });
      formElement.reset();
      navigate(`/t/${this.ctx.tenant.slug}/members/${member.id}`);
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 403 ? t('error.forbidden') : t('error.save');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const chapters = this.ctx.tenant.type === 'organisation' ? this.ctx.tenant.children : [];
    return html`
      <p><a href=${href('t', this.ctx.tenant.slug, 'members')}>← ${t('members.back')}</a></p>
      <h1>${t('members.add')}</h1>
      <form @submit=${this.submit} novalidate autocomplete="off">
        <label for="workingName">${t('member.workingName')}</label>
        <input id="workingName" name="workingName" maxlength="100" required />
        ${chapters.length ? html`
          <label for="chapter">${t('member.chapter')}</label>
          <select id="chapter" name="chapter"><option value=""></option>
            ${chapters.map((c) => html`<option value=${c}>${c}</option>`)}</select>` : ''}
        <p class="notice">${t('member.sealedHint')}</p>
        <label for="legalName">${t('identity.legalName')}</label>
        <input id="legalName" name="legalName" maxlength="200" />
        <label for="phone">${t('identity.phone')}</label>
        <input id="phone" name="phone" type="tel" maxlength="32" />
        <label for="dateOfBirth">${t('identity.dateOfBirth')}</label>
        <input id="dateOfBirth" name="dateOfBirth" type="date" />
        <label for="idNumber">${t('identity.idNumber')}</label>
        <input id="idNumber" name="idNumber" maxlength="64" />
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        <p><button type="submit" ?disabled=${this.busy}>${t('common.save')}</button></p>
      </form>
    `;
  }
}

customElements.define('member-form', MemberForm);
