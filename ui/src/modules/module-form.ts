import { LitElement, html, type PropertyValues } from 'lit';
import { api, newIdempotencyKey, upload } from '../core/api';
import { FormController, type Submitted } from '../core/form-controller';
import { explainProblem } from '../core/problem-words';
import { href, navigate } from '../core/router';
import { LocaleController } from '../i18n/locale-controller';
import { pick, t } from '../i18n/locale';
import { shared } from '../styles/shared';
import { fieldInput } from './field-input';
import { resolveOptions } from './field-options';
import { payloadValue, validationError, type Row } from './field-values';
import { fileField, fileProblem } from './file-field';
import { inputValue, recordIdValue, startingValues } from './form-prefill';
import { whereChanged, type ModuleWhere } from './module-where';
import { resourcePath } from './module-source';
import { fillResource, isRecordResource } from './record-template';
import type { FieldDefinition, ViewDefinition } from './ui-definition';

/**
 * A form view: the declared fields, checked here as declared, then sent to the view's resource.
 * A record form (`cases/{id}/close`) is opened from the record with its id (and a related row's
 * key as `{item}`), and goes back to the record's detail once sent. A file field's file is the
 * whole body, with its own type. A form posted to a collection from a record sends the record's id
 * as its `recordAs` member and goes back to that record; a `prefill` form starts from the record.
 * A form that creates a record (`openCreated`) opens it once saved, in the `after` view (a new case
 * its case, a payment its printable receipt); a date or time declared `"default": "now"` starts now.
 * A POST carries an `Idempotency-Key` per fill of the form, so a payment sent again (after the
 * connection came back, or a second click) is recorded once.
 */
export class ModuleForm extends LitElement {
  static override properties = {
    where: { attribute: false, hasChanged: whereChanged }, view: { attribute: false }, recordId: { type: String }, itemId: { type: String },
    fields: { state: true }, errors: { state: true }, loadFailed: { state: true }, record: { state: true },
  };
  static override styles = [shared];

  declare where: ModuleWhere;
  declare view: ViewDefinition;
  declare recordId: string;
  declare itemId: string;
  declare fields: FieldDefinition[] | null;
  declare errors: Record<string, string>;
  declare loadFailed: boolean;
  /** The record a `prefill` form starts from; for any other form, its fields' declared defaults. */
  declare record: Row;
  private readonly form = new FormController(this);
  /** One key per fill of the form: a POST sent again before it is saved is kept once by the server. */
  private fillKey = newIdempotencyKey();
  private readonly submit = this.form.onSubmit((submitted) => this.save(submitted));

  constructor() {
    super();
    new LocaleController(this);
    this.errors = {};
    this.fields = null;
    this.loadFailed = false;
    this.record = {};
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') || changed.has('where') || changed.has('recordId') || changed.has('itemId')) this.loadFields();
  }

  override updated(changed: PropertyValues<this>): void {
    // a select takes its record's value once its options are there (the selected attribute alone is
    // not honoured everywhere for options added after the select)
    if (!changed.has('fields') || !this.view.prefill || !this.fields) return;
    for (const field of this.fields) {
      const select = this.shadowRoot?.querySelector<HTMLSelectElement>(`select[name="${field.name}"]`);
      if (select) select.value = inputValue(field, this.record);
    }
  }

  private async loadFields(): Promise<void> {
    const declared = this.view.fields ?? [];
    this.loadFailed = false;
    this.fillKey = newIdempotencyKey();
    this.record = this.view.prefill ? {} : startingValues(declared);
    const path = this.view.prefill ? this.target() : null;
    this.fields = declared.some((f) => f.optionsFrom || f.type === 'chapter' || f.type === 'account') || path ? null : declared;
    if (this.fields) return;
    try {
      const [fields, record] = await Promise.all([resolveOptions(this.where, declared), path ? api<Row>('GET', path) : null]);
      if (record) this.record = record;
      this.fields = fields;
    } catch {
      this.loadFailed = true;
    }
  }

  /** Where the form sends, or null for a record form opened without its record. */
  private target(): string | null {
    if (this.view.recordAs && fillResource('{id}', { id: this.recordId }) === null) return null;
    const resource = fillResource(this.view.resource, { id: this.recordId, item: this.itemId });
    return resource === null ? null : resourcePath(this.where.tenant, this.where.moduleId, resource);
  }

  /**
   * The route back: the record's detail for a record form, else the view named `after`; once saved,
   * an `openCreated` form goes to what it created there, when the answer names it.
   */
  private afterRoute(created?: unknown): string[] | null {
    if (!this.view.after) return null;
    const id = this.view.openCreated ? createdId(created) : null;
    if (id) return [this.view.after, id];
    return isRecordResource(this.view.resource) || this.view.recordAs ? [this.view.after, this.recordId] : [this.view.after];
  }

  private async save({ form: formElement, data: form }: Submitted): Promise<void> {
    const fields = this.fields ?? [];
    const errors: Record<string, string> = {};
    const body: Record<string, unknown> = { ...(this.view.values ?? {}) };
    const file = fileField(fields);
    for (const field of fields) {
      if (field === file) {
        const problem = fileProblem(field, form.get(field.name) as File | null);
        if (problem) errors[field.name] = t(problem, { size: mebibytes(field.maxBytes) });
        continue;
      }
      const raw = String(form.get(field.name) ?? '');
      const problem = validationError(field, raw);
      if (problem) errors[field.name] = t(problem);
      else if (payloadValue(field, raw) !== undefined) body[field.name] = payloadValue(field, raw);
      else if (this.view.prefill) body[field.name] = null; // it replaces the record: an emptied field is cleared
    }
    if (this.view.recordAs) body[this.view.recordAs] = recordIdValue(this.recordId);
    this.errors = errors;
    this.form.fail('');
    if (Object.keys(errors).length > 0) {
      await this.updateComplete;
      (this.shadowRoot?.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
      return;
    }
    const path = this.target();
    if (!path) return;
    const method = this.view.method ?? 'POST';
    const chosen = file ? (form.get(file.name) as File) : null;
    const key = method === 'POST' ? this.fillKey : undefined;
    await this.form.run(async () => {
      const answer = await (chosen ? upload(method, path, chosen) : api(method, path, body, undefined, key));
      formElement.reset();
      this.fillKey = newIdempotencyKey();
      const after = this.afterRoute(answer) ?? [this.view.id];
      navigate(`/t/${this.where.tenant}/m/${this.where.moduleId}/${after.map(encodeURIComponent).join('/')}`);
    }, (e) => {
      // a refused field the server named with a known code reads its words beside that field
      const beside = Object.entries(this.form.fieldErrors).filter(([name]) => fields.some((f) => f.name === name));
      if (beside.length) this.errors = Object.fromEntries(beside);
      return explainProblem(e, (name) => {
        const field = fields.find((f) => f.name === name);
        return field ? pick(field.label) : undefined;
      });
    });
  }

  override render() {
    const after = this.afterRoute();
    const back = after ? html`<p><a href=${href('t', this.where.tenant, 'm', this.where.moduleId, ...after)}>
      ← ${t('common.back')}</a></p>` : '';
    if (this.target() === null) return html`${back}<p>${t('error.notFound')}</p>`;
    if (this.loadFailed) return html`${back}<h1>${pick(this.view.label)}</h1><p class="error" role="alert">${t('error.load')}</p>`;
    if (!this.fields) return html`${back}<h1>${pick(this.view.label)}</h1><p role="status">${t('common.loading')}</p>`;
    return html`${back}
      <h1>${pick(this.view.label)}</h1>
      <form @submit=${this.submit} novalidate>
        ${this.fields.map((f) => fieldInput(f, this.errors[f.name], inputValue(f, this.record)))}
        ${this.form.message()}
        <p><button type="submit" ?disabled=${this.form.busy}>${this.view.submit ? pick(this.view.submit) : t('common.save')}</button></p>
      </form>`;
  }
}

/** The id of what a form created, as the module's answer names it (`{"id": 12, ...}`), or null. */
function createdId(answer: unknown): string | null {
  const id = answer && typeof answer === 'object' ? (answer as Row).id : undefined;
  return (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && /^[\w-]{1,64}$/.test(id))
    ? String(id) : null;
}

function mebibytes(bytes: number | undefined): string {
  return bytes === undefined ? '' : String(Math.floor(bytes / (1024 * 1024)));
}

customElements.define('module-form', ModuleForm);
