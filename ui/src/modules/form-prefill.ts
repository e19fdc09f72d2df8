import type { Row } from './field-values';
import type { FieldDefinition } from './ui-definition';

/**
 * A record's value as its form field's input holds it, so a change form starts from what is on
 * record: money in major units, a date-time in the local time the input shows, a box ticked as
 * "true", nothing for a missing value.
 */
export function inputValue(field: FieldDefinition, row: Row): string {
  const value = row[field.name];
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'money':
      return String(Number(value) / 100);
    case 'boolean':
      return value === true ? 'true' : '';
    case 'datetime': {
      const at = new Date(String(value));
      if (Number.isNaN(at.getTime())) return '';
      const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
      return local.toISOString().slice(0, 16);
    }
    default:
      return String(value);
  }
}

/**
 * What a new record's form starts from: each date, date-time or month field declared with
 * `"default": "now"` at this moment, in the person's local time (as a record would hold it, so that
 * `inputValue` shows it). Taken once when the form opens, so later redraws keep what was typed.
 */
export function startingValues(fields: FieldDefinition[], now = new Date()): Row {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString();
  const start: Row = {};
  for (const field of fields) {
    if (field.default !== 'now') continue;
    if (field.type === 'datetime') start[field.name] = now.toISOString();
    else if (field.type === 'date') start[field.name] = local.slice(0, 10);
    else if (field.type === 'month') start[field.name] = local.slice(0, 7);
  }
  return start;
}

/** The record's id as a collection form sends it (`recordAs`): a number when it is one. */
export function recordIdValue(id: string): number | string {
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : id;
}
