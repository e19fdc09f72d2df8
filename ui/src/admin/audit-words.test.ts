import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { km } from '../i18n/km';
import { auditActionWords } from './audit-words';

const legalAid = { id: 'legal-aid', version: '1', names: { km: 'ជំនួយផ្លូវច្បាប់', en: 'Legal aid' }, enabled: true, ui: null };

beforeEach(() => setLanguage('km'));

describe('audit actions', () => {
  it('read as words, not codes', () => {
    expect(auditActionWords('member.identity.revealed', [])).toBe(km['auditAction.member.identity.revealed']);
    expect(auditActionWords('member.identity.changed', [])).toBe(km['auditAction.member.identity.changed']);
  });

  it('name the module of a module\'s action, and keep an unknown code as it is', () => {
    expect(auditActionWords('legal-aid:cases.read', [legalAid])).toBe('ជំនួយផ្លូវច្បាប់: cases.read');
    expect(auditActionWords('health-referral:referral.read', [legalAid])).toBe('health-referral:referral.read');
    expect(auditActionWords('constructor', [])).toBe('constructor');
  });
});
