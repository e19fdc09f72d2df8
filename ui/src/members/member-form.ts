import { LitElement, html } from 'lit';
import { explainProblem } from '../core/problem-words';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { href, navigate } from '../core/router';
import type { TenantContext } from '../core/tenant-context';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { addMember } from './member-api';

/** Adds a member to the register; the identifying fields are optional and sealed by the server. */
export class MemberForm extends LitElement {
  static override properties = { ctx: { attribute: false } };
  static override styles = [shared];

  declare ctx: TenantContext;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.add(submitted));

  constructor() {
    super();
    new LocaleController(this);
  }

  private add({ form: formElement, data: form }: Submitted): Promise<void> | void {
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    if (!value('workingName')) return this.form.fail(t('form.required'));
    return this.form.run(async () => {
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
    }, (e) => (refusalStatus(e) === 403 ? t('error.forbidden') : explainProblem(e)));
  }

  override render() {
    // each chapter by its name (servers before names came sent only the slugs)
    const tenant = this.ctx.tenant;
    const chapters = tenant.type !== 'organisation' ? []
      : tenant.childNames?.map((c) => ({ slug: c.slug, name: pick(c.names) })) ?? tenant.children.map((slug) => ({ slug, name: slug }));
    return html`
      <p><a href=${href('t', this.ctx.tenant.slug, 'members')}>← ${t('members.back')}</a></p>
      <h1>${t('members.add')}</h1>
      <form @submit=${this.submit} novalidate autocomplete="off">
        <label for="workingName">${t('member.workingName')}</label>
        <input id="workingName" name="workingName" maxlength="100" required />
        ${chapters.length ? html`
          <label for="chapter">${t('member.chapter')}</label>
          <select id="chapter" name="chapter"><option value="">${t('memberEdit.noChapter')}</option>
            ${chapters.map((c) => html`<option value=${c.slug}>${c.name}</option>`)}</select>` : ''}
        <p class="notice">${t('member.sealedHint')}</p>
        <label for="legalName">${t('identity.legalName')}</label>
        <input id="legalName" name="legalName" maxlength="200" />
        <label for="phone">${t('identity.phone')}</label>
        <input id="phone" name="phone" type="tel" maxlength="32" />
        <label for="dateOfBirth">${t('identity.dateOfBirth')}</label>
        <input id="dateOfBirth" name="dateOfBirth" type="date" />
        <label for="idNumber">${t('identity.idNumber')}</label>
        <input id="idNumber" name="idNumber" maxlength="64" />
        ${this.form.message()}
        <p><button type="submit" ?disabled=${this.form.busy}>${t('common.save')}</button></p>
      </form>
    `;
  }
}

customElements.define('member-form', MemberForm);
