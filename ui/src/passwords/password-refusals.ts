import { ApiError } from '../core/api';
import type { MessageKey } from '../i18n/en';

/** The server's stable codes for a refused password (Weakness, OwnPasswordResource); the app says each as `problem.<code>`. */
const CODES = ['password-common', 'password-personal', 'password-guessable', 'password-unchanged', 'password-current-wrong'] as const;
const SAYS: Record<string, MessageKey> = Object.fromEntries(CODES.map((code) => [code, `problem.${code}` as const]));

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
