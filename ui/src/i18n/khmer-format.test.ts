import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format';
import { setKhmerDigits, setLanguage } from './locale';

// Node has the full Khmer locale data that Chromium on Debian lacks: the app's own Khmer must read
// the same as a browser that has it, and must not depend on the browser having it.
const full = {
  date: (iso: string) => new Intl.DateTimeFormat('km-KH', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)),
  dateTime: (iso: string) => new Intl.DateTimeFormat('km-KH', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  money: (amount: number, currency: string) => new Intl.NumberFormat('km-KH', { style: 'currency', currency }).format(amount),
  number: (n: number) => new Intl.NumberFormat('km-KH').format(n),
};

afterEach(() => {
  vi.restoreAllMocks();
  setKhmerDigits(false);
  setLanguage('km');
});

describe('Khmer dates and amounts', () => {
  it('read as a browser with Khmer locale data writes them', () => {
    setLanguage('km');
    for (const day of ['2026-01-05', '2026-04-14', '2026-11-30', '2025-12-31']) expect(formatDate(day)).toBe(full.date(day));
    for (const at of ['2026-11-30T22:00:00Z', '2026-04-14T00:05:00Z', '2026-06-01T12:30:00Z']) {
      expect(formatDateTime(at)).toBe(full.dateTime(at));
    }
    expect(formatMoney(250000, 'KHR')).toBe(full.money(2500, 'KHR'));
    expect(formatMoney(1250, 'USD')).toBe(full.money(12.5, 'USD'));
    expect(formatNumber(1234567.5)).toBe(full.number(1234567.5));
  });

  it('stay Khmer where the browser knows no Khmer', () => {
    const english = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation((_locale, options) => new english('en-US', options));
    setLanguage('km');
    expect(formatDate('2026-11-30')).toBe('30 វិច្ឆិកា 2026');
    expect(formatDateTime('2026-11-30T22:00:00Z')).not.toMatch(/Nov/);
    expect(formatMoney(250000, 'KHR')).toBe('2,500.00៛');
  });

  it('take Khmer digits when the person chose them', () => {
    setLanguage('km');
    setKhmerDigits(true);
    expect(formatDate('2026-11-30')).toBe('៣០ វិច្ឆិកា ២០២៦');
    expect(formatMoney(250000, 'KHR')).toBe('២,៥០០.០០៛');
  });

  it('leave English to the browser', () => {
    setLanguage('en');
    expect(formatDate('2026-11-30')).toBe('30 Nov 2026');
  });
});
