import { currentLanguage, usesKhmerDigits } from './locale';
import { khmerDate, khmerDateTime, khmerMoney, khmerMonth, khmerNumber } from './khmer-format';
import { toKhmerDigits } from './numerals';

// English through the browser's own data; Khmer written out here, since many browsers lack its data
const ENGLISH = 'en-GB';

function khmer(): boolean {
  return currentLanguage() === 'km';
}

function digits(text: string): string {
  return usesKhmerDigits() ? toKhmerDigits(text) : text;
}

export function formatNumber(n: number): string {
  return digits(khmer() ? khmerNumber(n) : new Intl.NumberFormat(ENGLISH, { numberingSystem: 'latn' }).format(n));
}

/** A calendar date such as 2026-11-29 (no time zone: it is the same day everywhere). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  if (khmer()) return digits(khmerDate(y, m, d));
  const date = new Date(Date.UTC(y, m - 1, d));
  return digits(new Intl.DateTimeFormat(ENGLISH, { dateStyle: 'medium', timeZone: 'UTC', numberingSystem: 'latn' })
    .format(date));
}

/** A month such as 2026-11 (`វិច្ឆិកា 2026`, `Nov 2026`); anything else is given back as it is. */
export function formatMonth(isoMonth: string | null | undefined): string {
  if (!isoMonth) return '';
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(isoMonth);
  if (!match) return isoMonth;
  const [y, m] = [Number(match[1]), Number(match[2])];
  if (khmer()) return digits(khmerMonth(y, m));
  return digits(new Intl.DateTimeFormat(ENGLISH, { month: 'short', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' })
    .format(new Date(Date.UTC(y, m - 1, 1))));
}

/** An instant, shown in the device's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (khmer()) return digits(khmerDateTime(date));
  return digits(new Intl.DateTimeFormat(ENGLISH, { dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' })
    .format(date));
}

/** An amount held in minor units (sen, cents): both riel and dollars have two decimals. */
export function formatMoney(minor: number, currency: string): string {
  if (khmer()) return digits(khmerMoney(minor / 100, currency));
  const format = new Intl.NumberFormat(ENGLISH, { style: 'currency', currency, numberingSystem: 'latn' });
  return digits(format.format(minor / 100));
}
