import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { chapterOptions } from './chapter-field';
import { fieldInput } from './field-input';
import { resolveOptions } from './field-options';
import { displayValue } from './field-values';
import { findView, type FieldDefinition, type ModuleUiDefinition } from './ui-definition';

const definition = (id: string): ModuleUiDefinition => JSON.parse(readFileSync(
  resolve(process.cwd(), `../plugins/${id}/src/main/resources/ui/${id}.json`), 'utf8'));

const org = {
  slug: 'wnu-test', type: 'organisation', status: 'active', parent: 'net', names: { km: 'អង្គការ', en: 'Org' },
  children: ['wnu-kampot', 'wnu-kandal'], modules: [],
  childNames: [{ slug: 'wnu-kampot', names: { km: 'ខេត្តកំពត', en: 'Kampot' } },
    { slug: 'wnu-kandal', names: { km: 'ខេត្តកណ្ដាល', en: 'Kandal' } }],
};
const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => setLanguage('en'));
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('a month field', () => {
  it('is written in words in English and in Khmer, never as 2026-11', () => {
    const field: FieldDefinition = { name: 'coveredUntil', type: 'month', label: { km: 'ខែ', en: 'Month' } };
    expect(displayValue(field, { coveredUntil: '2026-11' })).toBe('Nov 2026');
    setLanguage('km');
    expect(displayValue(field, { coveredUntil: '2026-01' })).toBe('មករា 2026');
  });

  it('is how union dues shows the month a member is covered until', () => {
    const arrears = findView(definition('union-dues'), 'arrears')!;
    expect(arrears.fields!.find((f) => f.name === 'coveredUntil')!.type).toBe('month');
  });
});

describe('a chapter field', () => {
  it('is offered by the chapters\' names, sends the slug, and shows the name in km and en', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answer(org));
    const centreNew = findView(definition('education'), 'centre-new')!;
    const [chapter] = (await resolveOptions({ tenant: 'wnu-test', moduleId: 'education' }, centreNew.fields!))
      .filter((f) => f.name === 'chapter');
    expect(fetch.mock.calls.map((c) => String(c[0]))).toEqual(['/api/tenants/wnu-test']);
    const host = document.createElement('div');
    document.body.append(host);
    render(fieldInput(chapter, undefined), host);
    const options = [...host.querySelectorAll('select option')].map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options).toEqual([['', 'Choose…'], ['wnu-kampot', 'Kampot'], ['wnu-kandal', 'Kandal']]);
    expect(host.textContent).not.toContain('URL');

    expect(displayValue(chapter, { chapter: 'wnu-kandal' })).toBe('Kandal');
    setLanguage('km');
    expect(displayValue(chapter, { chapter: 'wnu-kandal' })).toBe('ខេត្តកណ្ដាល');
    expect(displayValue(chapter, { chapter: 'elsewhere' })).toBe('elsewhere');
    await chapterOptions('wnu-test');
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
