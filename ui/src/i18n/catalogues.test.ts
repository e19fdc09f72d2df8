import { describe, expect, it } from 'vitest';
import { en } from './en';
import { km } from './km';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('have the same keys in Khmer and English', () => {
    expect(Object.keys(km).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(km)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(km[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('write Khmer in Khmer script', () => {
    const khmer = /[\u1780-\u17FF]/;
    const untranslated = Object.entries(km).filter(([, text]) => !khmer.test(text));
    expect(untranslated).toEqual([]);
  });

  it('say nothing in the page name that points at the users', () => {
    for (const name of [en['app.name'], km['app.name']]) {
      expect(name.toLowerCase()).not.toMatch(/sex|union|wnu|member|សហជីព|ផ្លូវភេទ/);
    }
  });
});
