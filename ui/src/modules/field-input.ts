import { html } from 'lit';
import { pick, t } from '../i18n/locale';
import type { FieldDefinition } from './ui-definition';

/**
 * The input for one form field, labelled, with its error tied to it for screen readers; `value` is
 * what it starts from (a change form's record), as `form-prefill.ts` `inputValue` gives it.
 */
export function fieldInput(field: FieldDefinition, error: string | undefined, value = '') {
  const id = `field-${field.name}`;
  const describedBy = error ? `${id}-error` : '';
  const label = html`<label for=${id}>${pick(field.label)}${field.required ? html` <span aria-hidden="true">*</span>` : ''}</label>`;
  const errorText = error ? html`<p class="error" id="${id}-error">${error}</p>` : '';
  const common = { id, name: field.name };
  switch (field.type) {
    case 'enum':
    case 'chapter':
    case 'account':
      return html`${label}<select id=${common.id} name=${common.name} ?required=${field.required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}>
        <option value="">${t('form.choose')}</option>
        ${(field.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${pick(o.label)}</option>`)}
      </select>${errorText}`;
    case 'textarea':
      return html`${label}<textarea id=${common.id} name=${common.name} rows="4" ?required=${field.required}
        maxlength=${field.maxLength ?? 5000} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} .value=${value}></textarea>${errorText}`;
    case 'file':
      return html`${label}<input id=${common.id} name=${common.name} type="file" accept=${(field.accept ?? []).join(',')}
        ?required=${field.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} />${errorText}`;
    case 'boolean':
      return html`<label class="check"><input type="checkbox" id=${common.id} name=${common.name} value="true" ?checked=${value === 'true'} />
        ${pick(field.label)}</label>`;
    default:
      return html`${label}<input id=${common.id} name=${common.name} type=${inputType(field.type)}
        inputmode=${field.type === 'money' ? 'decimal' : field.type === 'number' || field.type === 'integer' ? 'numeric' : 'text'}
        ?required=${field.required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} autocomplete="off"
        .value=${value} />${errorText}`;
  }
}

function inputType(type: string): string {
  switch (type) {
    case 'date': return 'date';
    case 'datetime': return 'datetime-local';
    case 'month': return 'month';
    // numbers are typed as text so that Khmer digits are accepted; they are checked before sending
    default: return 'text';
  }
}
