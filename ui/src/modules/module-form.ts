import { LitElement, html } from 'lit';
import { ApiError, api } from '../core/api';
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
    where: { attribute: false }, view: { attribute: false }, errors: { state: true }, error: { state: true }, busy: { state: true },
  };
  static override styles = [shared];

  declare where: ModuleWhere;
  declare view: ViewDefinition;
  declare errors: Record<string, string>;
  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    new LocaleController(this);
    this.errors = {};
    this.error = '';
    this.busy = false;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const errors: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    for (const field of this.view.fields ?? []) {
      const raw = String(form.get(field.name) ?? '');
      const problem = validationError(field, raw);
      if (problem) errors[field.name] = t(problem);
      else if (payloadValue(field, raw) !== undefined) body[field.name] = payloadValue(field, raw);
    }
    this.errors = errors;
    this.error = '';
    if (Object.keys(errors).length > 0) {
      await this.updateComplete;
      (this.shadowRoot?.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    this.busy = true;
    try {
      await api('POST', resourcePath(this.where.tenant, this.where.moduleId, this.view.resource), body);
      formElement.reset();
      navigate(`/t/${this.where.tenant}/m/${this.where.moduleId}/${this.view.after ?? this.view.id}`);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      this.error = status === 403 ? t('error.forbidden') : status === 400 && e instanceof ApiError && e.detail
        ? t('form.refused', { detail: e.detail }) : t('error.save');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const back = this.view.after ? html`<p><a href=${href('t', this.where.tenant, 'm', this.where.moduleId, this.view.after)}>
      ← ${t('common.back')}</a></p>` : '';
    return html`${back}
      <h1>${pick(this.view.label)}</h1>
      <form @submit=${this.submit} novalidate>
        ${(this.view.fields ?? []).map((f) => fieldInput(f, this.errors[f.name]))}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        <p><button type="submit" ?disabled=${this.busy}>${t('common.save')}</button></p>
      </form>`;
  }
}

customElements.define('module-form', ModuleForm);
