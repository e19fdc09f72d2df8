import { html } from 'lit';
import { t } from '../i18n/locale';
import { fieldInput } from './field-input';
import { payloadValue, validationError } from './field-values';
import type { FieldDefinition } from './ui-definition';

/** What the person chose in a view's query fields: the parameters to send, or why not. */
export interface QueryChoice {
  params: URLSearchParams;
  errors: Record<string, string>;
}

/** Reads and checks the query fields of a submitted form; empty choices are left out. */
export function readQuery(fields: FieldDefinition[], form: FormData): QueryChoice {
  const params = new URLSearchParams();
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = String(form.get(field.name) ?? '');
    const problem = validationError(field, raw);
    const value = payloadValue(field, raw);
    if (problem) errors[field.name] = t(problem);
    else if (value !== undefined) params.set(field.name, String(value));
  }
  return { params, errors };
}

/** Whether the view can be read before the person has chosen anything. */
export function readableUnasked(fields: FieldDefinition[] | undefined): boolean {
  return !(fields ?? []).some((f) => f.required);
}

/** The query fields as a small form of their own, with a button that reads the view again. */
export function queryForm(fields: FieldDefinition[], errors: Record<string, string>, label: string,
  onSubmit: (event: SubmitEvent) => void, busy: boolean) {
  return html`<form class="query" role="search" aria-label=${label} @submit=${onSubmit} novalidate>
    ${fields.map((f) => fieldInput(f, errors[f.name]))}
    <p><button type="submit" ?disabled=${busy}>${t('modules.show')}</button></p>
  </form>`;
}
