import type { MessageKey } from '../i18n/en';
import type { FieldDefinition } from './ui-definition';

/** Why a chosen file cannot be sent, as a message key, or null when it can. */
export function fileProblem(field: FieldDefinition, file: File | null): MessageKey | null {
  if (!file || (file.size === 0 && file.name === '')) return field.required ? 'form.required' : null;
  if (field.accept && !field.accept.includes(file.type)) return 'form.fileType';
  if (field.maxBytes !== undefined && file.size > field.maxBytes) return 'form.fileTooLarge';
  return null;
}

/** The form's file field, if it has one: its file is the whole request body. */
export function fileField(fields: FieldDefinition[]): FieldDefinition | undefined {
  return fields.find((f) => f.type === 'file');
}
