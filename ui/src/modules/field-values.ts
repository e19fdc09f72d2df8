import { formatDate, formatDateTime, formatMoney, formatMonth, formatNumber } from '../i18n/format';
import { pick, t } from '../i18n/locale';
import { fromKhmerDigits } from '../i18n/numerals';
import type { MessageKey } from '../i18n/en';
import type { FieldDefinition } from './ui-definition';
import { chapterName } from './chapter-field';
import { accountName } from './account-field';

export type Row = Record<string, unknown>;

/** A field's value in a row, as text for a person. */
export function displayValue(field: FieldDefinition, row: Row): string {
  const value = row[field.name];
  if (value === null || value === undefined || value === '') return '';
  switch (field.type) {
    case 'enum':
      // a record may hold several of the options (the kinds of mistreatment kept): each by its name
      return (Array.isArray(value) ? value : [value]).map((v) => pick(field.options?.find((o) => o.value === v)?.label) || String(v))
        .join(', ');
    case 'date':
      return formatDate(String(value));
    case 'datetime':
      return formatDateTime(String(value));
    case 'month':
      return formatMonth(String(value));
    case 'chapter':
      return chapterName(String(value));
    case 'account':
      return accountName(value);
    case 'money':
      return formatMoney(Number(value), String(row[field.currencyField ?? 'currency'] ?? 'KHR'));
    case 'number':
    case 'integer':
      return formatNumber(Number(value));
    case 'boolean':
      return t(value === true ? 'common.yes' : 'common.no');
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

/** Why a typed value cannot be sent, as a message key, or null when it can. */
export function validationError(field: FieldDefinition, raw: string): MessageKey | null {
  const text = fromKhmerDigits(raw.trim());
  if (!text) return field.required ? 'form.required' : null;
  if (field.type === 'money' && !/^\d+(\.\d{1,2})?$/.test(text)) return 'form.notAmount';
  if ((field.type === 'number' || field.type === 'integer') && Number.isNaN(Number(text))) return 'form.notNumber';
  if (field.type === 'integer' && !Number.isInteger(Number(text))) return 'form.notNumber';
  if (field.type === 'month' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return 'form.badFormat';
  if (field.type === 'money' && Number(text) <= 0) return 'form.notAmount';
  if (field.min !== undefined && Number(text) < field.min) return 'form.tooSmall';
  if (field.max !== undefined && Number(text) > field.max) return 'form.tooLarge';
  if (field.maxLength !== undefined && text.length > field.maxLength) return 'form.tooLong';
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(text)) return 'form.badFormat';
  if ((field.type === 'enum' || field.type === 'chapter' || field.type === 'account') && field.options && !field.options.some((o) => o.value === text)) return 'form.required';
  return null;
}

/**
 * The value as the module's API takes it: money in minor units, numbers as numbers, a box as true or
 * false (an unticked box is an answer too: "the client consents now", no).
 */
export function payloadValue(field: FieldDefinition, raw: string): unknown {
  const text = fromKhmerDigits(raw.trim());
  if (!text) return field.type === 'boolean' ? false : undefined;
  switch (field.type) {
    case 'money':
      return Math.round(Number(text) * 100);
    case 'number':
    case 'integer':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'datetime':
      return new Date(text).toISOString();
    case 'enum':
      return field.options?.find((o) => o.value === text)?.sent ?? text;
    case 'account':
      return Number(text);
    default:
      return text;
  }
}
