import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format';
import { setKhmerDigits, setLanguage, t } from './locale';
import { fromKhmerDigits, toKhmerDigits } from './numerals';

afterEach(() => {
  setKhmerDigits(false);
  setLanguage('km');
});

describe('numerals', () => {
  it('turn ASCII digits into Khmer digits and back', () => {
    expect(toKhmerDigits('2026-11-29')).toBe('២០២៦-១១-២៩');
    expect(fromKhmerDigits('២០២៦-១១-២៩')).toBe('2026-11-29');
    expect(toKhmerDigits('abc')).toBe('abc');
  });

  it('are used in formatted numbers only when chosen', () => {
    expect(formatNumber(1234)).toMatch(/^1.?234$/);
    setKhmerDigits(true);
    expect(formatNumber(1234)).toMatch(/^១.?២៣៤$/);
    expect(formatDate('2026-11-29')).toContain('២០២៦');
    expect(formatDate('2026-11-29')).not.toMatch(/[0-9]/);
  });

  it('format money from minor units', () => {
    setLanguage('en');
    expect(formatMoney(250, 'USD')).toContain('2.50');
    expect(formatMoney(500000, 'KHR')).toMatch(/5,000/);
  });

  it('fill placeholders in the current language', () => {
    setLanguage('en');
    expect(t('members.showing', { from: 1, to: 20 })).toBe('Members 1 to 20');
    setLanguage('km');
    expect(t('members.showing', { from: 1, to: 20 })).toBe('សមាជិកទី 1 ដល់ 20');
  });
});
