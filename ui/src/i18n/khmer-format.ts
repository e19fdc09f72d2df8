/**
 * Dates, times and amounts written as a browser with Khmer locale data writes them (CLDR `km`),
 * without needing that data: Chromium on Debian has none and answers in English inside the Khmer
 * app. Digits stay ASCII here; the caller turns them into Khmer digits when the person chose so.
 */
const MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];

/** Grouped with commas and a decimal point, as CLDR `km` does. */
function grouped(n: number, fractionDigits?: number): string {
  const options = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat('en-US', { ...options, numberingSystem: 'latn' }).format(n);
}

export function khmerNumber(n: number): string {
  return grouped(n);
}

/** `30 វិច្ឆិកា 2026` for a calendar day. */
export function khmerDate(year: number, month: number, day: number): string {
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `វិច្ឆិកា 2026` for a month. */
export function khmerMonth(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}

/** `30 វិច្ឆិកា 2026, 10:00 PM` for an instant, in the device's time zone. */
export function khmerDateTime(date: Date): string {
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${khmerDate(date.getFullYear(), date.getMonth() + 1, date.getDate())}, ${clock}`;
}

/** `2,500.00៛`, `12.50$`; another currency as CLDR writes it. */
export function khmerMoney(amount: number, currency: string): string {
  if (currency === 'KHR') return `${grouped(amount, 2)}៛`;
  if (currency === 'USD') return `${grouped(amount, 2)}$`;
  return `${grouped(amount, 2)} ${currency}`;
}
