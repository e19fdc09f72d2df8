import { ApiError } from './api';
import { en, type MessageKey } from '../i18n/en';
import { t } from '../i18n/locale';

/** A body field's name as the person reads it (its label), or undefined where the screen has none. */
export type FieldLabel = (field: string) => string | undefined;

/**
 * What went wrong with a call, in the person's language, and always in the app's own words: a
 * refusal whose code this app knows reads as its code's words (catalogue keys `problem.<code>`);
 * any other refusal reads as a sentence for its kind (a refused value, naming the field when the
 * screen can name it; not allowed; not found; a clash with what is recorded; too large; too many
 * tries). The server's English detail is never the message ({@link problemDetail} hands it to an
 * English screen's "details"); "check your connection" is said only when the server was not reached.
 */
export function explainProblem(refusal: unknown, fieldLabel?: FieldLabel): string {
  if (!(refusal instanceof ApiError)) return t('problem.general.offline');
  const words = codeWords(refusal.code);
  if (words) return words;
  const { status } = refusal;
  if (status === 403) return t('error.forbidden');
  if (status === 404 || status === 410) return t('error.notFound');
  if (status === 423) return t('problem.general.locked');
  if (status === 503 && refusal.retryAfter > 0) return t('problem.general.failover');
  if (status >= 500) return t('problem.general.server');
  if (status === 409) return t('problem.general.conflict');
  if (status === 413) return t('problem.general.tooLarge');
  if (status === 415) return t('problem.general.wrongType');
  if (status === 429) return t('problem.general.tooMany');
  const field = refusedFields(refusal).map((name) => fieldLabel?.(name)).find((label) => label);
  return field ? t('problem.general.field', { field }) : t('problem.general.refusedPlain');
}

/**
 * Why a read failed: "could not load, check the connection" only when no answer came; a refusal
 * (a refused filter, not allowed, not found, a lockdown, the server's failure) in its own words.
 */
export function explainLoad(refusal: unknown, fieldLabel?: FieldLabel): string {
  return refusal instanceof ApiError ? explainProblem(refusal, fieldLabel) : t('error.load');
}

/**
 * The server's own detail of a refusal the app could say only in general words (no code it
 * knows), for a "details" disclosure on an English screen: '' for a known code, a refusal
 * without detail, a server failure (its detail is an incident number for the operator) or no
 * answer at all.
 */
export function problemDetail(refusal: unknown): string {
  if (!(refusal instanceof ApiError) || refusal.status < 400 || refusal.status >= 500) return '';
  return codeWords(refusal.code) ? '' : refusal.detail.trim();
}

/**
 * The words to show beside each refused field, by field name: a code this app knows reads as
 * its words; a field refused with a code it does not know (or none) reads "not accepted here",
 * so the person still sees where to look.
 */
export function fieldProblems(refusal: unknown): Record<string, string> {
  if (!(refusal instanceof ApiError) || refusal.status >= 500) return {};
  const named = refusal.invalid.length ? refusal.invalid : [{ field: refusal.field || detailField(refusal), code: refusal.code }];
  const out: Record<string, string> = {};
  for (const { field, code } of named) {
    if (field && !(field in out)) out[field] = codeWords(code) || t('problem.general.fieldHere');
  }
  return out;
}

/** The body fields a refusal names: in `invalid`, in `field`, or (a module without codes) as its detail's first word. */
function refusedFields(refusal: ApiError): string[] {
  return (refusal.invalid.length ? refusal.invalid.map((i) => i.field) : [refusal.field || detailField(refusal)]).filter((f) => f);
}

/**
 * The body field a detail starts with, as the modules write a refusal without a code
 * (`currency: this member's dues are in KHR.`); '' when it starts otherwise. Only a name is
 * taken, never the words after it, and a screen shows it only as the label of a field it has.
 */
function detailField(refusal: ApiError): string {
  if (refusal.status >= 500) return '';
  return /^([a-z][A-Za-z0-9]{0,63}): /.exec(refusal.detail)?.[1] ?? '';
}

/** The words for a refusal's code, or '' when this app does not know it. */
export function codeWords(code: string | undefined): string {
  // codes are lower-case words and hyphens: never one of the general keys, which hold a dot
  if (!code || !/^[a-z][a-z0-9-]*$/.test(code)) return '';
  const key = `problem.${code}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : '';
}
