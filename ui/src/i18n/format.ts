import { currentLanguage, usesKhmerDigits } from './locale';
import { toKhmerDigits } from './numerals';

function locale(): string {
  return currentLanguage() === 'km' ? 'km-KH' : 'en-GB';
}

function digits(text: string): string {
  return usesKhmerDigits() ? toKhmerDigits(text) : text;
}

export function formatNumber(n: number): string {
  return digits(new Intl.NumberFormat(locale(), { numberingSystem: 'latn' }).format(n));
}

/** A calendar date such as 2026-11-29 (no time zone: it is the same day everywhere). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d));
  return digits(new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC', numberingSystem: 'latn' })
    .format(date));
}

/** An instant, shown in the device's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return digits(new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' })
    .format(date));
}

/** An amount held in minor units (sen, cents): both riel and dollars have two decimals. */
export function formatMoney(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(locale(), { style: 'currency', currency, numberingSystem: 'latn' });
  return digits(format.format(minor / 100));
}
