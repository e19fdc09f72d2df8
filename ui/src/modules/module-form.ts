import { LitElement, html } from 'lit';
import { ApiError, api } from '../core/api';
import { FormController, refusalStatus, type Submitted } from '../core/form-controller';
import { href, navigate } from '../core/router';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { fieldInput } from './field-input';
import { payloadValue, validationError } from './field-values';
import type { ModuleWhere } from './module-list';
import { resourcePath } from './module-source';
import type { ViewDefinition } from './ui-definition';

/** A form view: the declared fields, checked here as declared, then POSTed to the view's resource. */
export class ModuleForm extends LitElement {
  static override properties = {
    where: { attribute: false }, view: { attribute: false }, errors: { state: true },
  };
  static override styles = [shared];

  declare where: ModuleWhere;
  declare view: ViewDefinition;
  declare errors: Record<string, string>;
  private readonly form = new FormController(this);
  private readonly submit = this.form.onSubmit((submitted) => this.save(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.errors = {};
  }

  private async save({ form: formElement, data: form }: Submitted): Promise<void> {
    const errors: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    for (const field of this.view.fields ?? []) {
      const raw = String(form.get(field.name) ?? '');
      const problem = validationError(field, raw);
      if (problem) errors[field.name] = t(problem);
      else if (payloadValue(field, raw) !== undefined) body[field.name] = payloadValue(field, raw);
    }
    this.errors = errors;
    this.form.fail('');
    if (Object.keys(errors).length > 0) {
      await this.updateComplete;
      (this.shadowRoot?.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    await this.form.run(async () => {
      await api('POST', resourcePath(this.where.tenant, this.where.moduleId, this.view.resource), body);
      formElement.reset();
      navigate(`/t/${this.where.tenant}/m/${this.where.moduleId}/${this.view.after ?? this.view.id}`);
    }, (e) => {
      const status = refusalStatus(e);
      return status === 403 ? t('error.forbidden') : status === 400 && e instanceof ApiError && e.detail
        ? t('form.refused', { detail: e.detail }) : t('error.save');
    });
  }

  override render() {
    const back = this.view.after ? html`<p><a href=${href('t', this.where.tenant, 'm', this.where.moduleId, this.view.after)}>
      ← ${t('common.back')}</a></p>` : '';
    return html`${back}
      <h1>${pick(this.view.label)}</h1>
      <form @submit=${this.submit} novalidate>
        ${(this.view.fields ?? []).map((f) => fieldInput(f, this.errors[f.name]))}
        ${this.form.message()}
        <p><button type="submit" ?disabled=${this.form.busy}>${t('common.save')}</button></p>
      </form>`;
  }
}

customElements.define('module-form', ModuleForm);
