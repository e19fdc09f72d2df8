import { ApiError } from './api';
import { en, type MessageKey } from '../i18n/en';
import { t } from '../i18n/locale';

/**
 * What went wrong with a call, in the person's language. A refusal whose code this app knows
 * reads in its own words (catalogue keys `problem.<code>`); other refusals show the server's
 * detail; "check your connection" is said only when the server was not reached at all.
 */
export function explainProblem(refusal: unknown): string {
  if (!(refusal instanceof ApiError)) return t('problem.general.offline');
  const words = codeWords(refusal.code);
  if (words) return words;
  if (refusal.status === 403) return t('error.forbidden');
  if (refusal.status === 404) return t('error.notFound');
  if (refusal.status === 423) return t('problem.general.locked');
  if (refusal.status === 503 && refusal.retryAfter > 0) return t('problem.general.failover');
  if (refusal.status >= 500) return t('problem.general.server');
  return refusal.detail ? t('problem.general.refused', { detail: refusal.detail }) : t('problem.general.refusedPlain');
}

/**
 * The words to show beside each refused field, by field name: the refused fields the server
 * named with a code this app knows (a refusal with an unknown code is explained under the form).
 */
export function fieldProblems(refusal: unknown): Record<string, string> {
  if (!(refusal instanceof ApiError)) return {};
  const named = refusal.invalid.length ? refusal.invalid : [{ field: refusal.field, code: refusal.code }];
  const out: Record<string, string> = {};
  for (const { field, code } of named) {
    const words = codeWords(code);
    if (field && words && !(field in out)) out[field] = words;
  }
  return out;
}

/** The words for a refusal's code, or '' when this app does not know it. */
export function codeWords(code: string | undefined): string {
  // codes are lower-case words and hyphens: never one of the general keys, which hold a dot
  if (!code || !/^[a-z][a-z0-9-]*$/.test(code)) return '';
  const key = `problem.${code}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : '';
}
