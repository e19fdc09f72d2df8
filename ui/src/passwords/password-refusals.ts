import { ApiError } from '../core/api';
import type { MessageKey } from '../i18n/en';

/** The server's stable codes for a refused password (PasswordRefused, OwnPasswordResource), and what the app says for each. */
const SAYS: Record<string, MessageKey> = {
  'password-common': 'password.common',
  'password-personal': 'password.personal',
  'password-guessable': 'password.guessable',
  'password-unchanged': 'password.unchanged',
  'password-current-wrong': 'password.currentWrong',
};

/** A refused password: the body field the server named and what to say beside it. */
export interface PasswordRefusal {
  field: string;
  message: MessageKey;
}

/** What to say beside which field when the server refused a password; null for any other refusal. */
export function passwordRefusal(refusal: unknown): PasswordRefusal | null {
  if (!(refusal instanceof ApiError) || refusal.status !== 400) return null;
  const message = SAYS[refusal.code];
  return message && refusal.field ? { field: refusal.field, message } : null;
}
