import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/locale';
import { displayValue } from './field-values';
import { findView, type FieldDefinition, type ModuleUiDefinition } from './ui-definition';

/**
 * Every module's UI definition, walked: a value that is a code (a kind, a status, a chapter's slug,
 * a file's media type) reaches the screen only through options that name it in Khmer and English,
 * so no module, nor one still to come, shows a code where a name belongs.
 */
const plugins = resolve(process.cwd(), '../plugins');
const definitions: [string, ModuleUiDefinition][] = readdirSync(plugins, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return [[d.name, JSON.parse(readFileSync(resolve(plugins, `${d.name}/src/main/resources/ui/${d.name}.json`), 'utf8'))]];
    } catch {
      return [];
    }
  });
/** Names that hold a code from a closed list, whatever the module. */
const CODE_NAMES = /(kind|status|state|type|category|chapter|role|method|currency|place|province)$/i;
const KHMER = /[\u1780-\u17FF]/;

function fieldsOf(node: unknown, at: string, out: [string, FieldDefinition][] = []): [string, FieldDefinition][] {
  if (Array.isArray(node)) node.forEach((n) => fieldsOf(n, at, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const here = typeof o.kind === 'string' && typeof o.id === 'string' ? `${at.split(' ')[0]} ${o.id}` : at;
    if (typeof o.name === 'string' && typeof o.type === 'string' && o.label) out.push([here, o as unknown as FieldDefinition]);
    Object.values(o).forEach((v) => fieldsOf(v, here, out));
  }
  return out;
}

beforeEach(() => setLanguage('km'));

describe('every module definition', () => {
  it('is read, all of them', () => {
    expect(definitions.map(([id]) => id)).toEqual(expect.arrayContaining(
      ['education', 'governance', 'health-referral', 'legal-aid', 'organising', 'union-dues']));
  });

  it('names each option in Khmer script and in English', () => {
    const unnamed = definitions.flatMap(([id, ui]) => fieldsOf(ui, id)
      .flatMap(([at, f]) => (f.options ?? []).filter((o) => !o.label?.km || !KHMER.test(o.label.km) || !o.label?.en?.trim())
        .map((o) => `${at} ${f.name}=${o.value}`)));
    expect(unnamed).toEqual([]);
  });

  it('never shows a code field as plain text: an enum with names, a chapter, a month', () => {
    const codes = definitions.flatMap(([id, ui]) => fieldsOf(ui, id)
      .filter(([, f]) => (f.type === 'text' || f.type === 'textarea') && CODE_NAMES.test(f.name))
      .map(([at, f]) => `${at} ${f.name} (${f.type})`));
    expect(codes).toEqual([]);
  });

  it('gives an enum its options, from the definition, a module resource or a shared list', () => {
    const bare = definitions.flatMap(([id, ui]) => fieldsOf(ui, id)
      .filter(([, f]) => f.type === 'enum' && !f.options?.length && !f.optionsFrom && !(f as { optionList?: string }).optionList)
      .map(([at, f]) => `${at} ${f.name}`));
    expect(bare).toEqual([]);
  });
});

describe('a referral\'s mistreatment', () => {
  const health = Object.fromEntries(definitions)['health-referral'];
  const field = findView(health, 'referrals')!.fields!.find((f) => f.name === 'mistreatment')!;

  it('is shown on the referral by the names of its kinds, in km and in en', () => {
    const row = { mistreatment: ['refused-care', 'informal-payment'] };
    expect(displayValue(field, row)).toBe('បដិសេធមិនព្យាបាល, ទារប្រាក់ក្រៅផ្លូវការ');
    setLanguage('en');
    expect(displayValue(field, row)).toBe('Refused care, Asked for an informal payment');
  });

  it('names every kind the module keeps, the names the report\'s cells are shown under', () => {
    const kinds = readFileSync(resolve(plugins,
      'health-referral/src/main/java/org/sahakum/plugins/healthreferral/referrals/Mistreatment.java'), 'utf8')
      .match(/KINDS = "([^"]+)"/)![1].split('|');
    expect(field.options!.map((o) => o.value)).toEqual(kinds);
    expect(readFileSync(resolve(plugins,
      'health-referral/src/main/java/org/sahakum/plugins/healthreferral/indicators/HealthIndicators.java'), 'utf8'))
      .toContain('"mistreatment facilityKind"');
  });
});
