import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { km } from './km';

const root = resolve(process.cwd(), '..');

/** The glossary in ui/README.md: each row's meaning, its Khmer word and the words it must never be. */
function glossary(): { meaning: string; khmer: string; never: string[] }[] {
  const text = readFileSync(join(root, 'ui/README.md'), 'utf8');
  const table = text.slice(text.indexOf('## Khmer glossary'));
  return table.split('\n').filter((l) => /^\| [^-]/.test(l) && !l.startsWith('| meaning')).map((line) => {
    const [meaning, khmer, , never] = line.split('|').slice(1).map((c) => c.trim());
    return { meaning, khmer, never: never ? never.split(',').map((w) => w.trim()) : [] };
  });
}

/** Every Khmer text the person reads: the app's catalogue, the modules' definitions and their elements. */
function khmerTexts(): { where: string; text: string }[] {
  const out = Object.entries(km).map(([key, text]) => ({ where: key, text }));
  for (const module of readdirSync(join(root, 'plugins'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const folder = join(root, 'plugins', module.name, 'src/main/resources/ui');
    let files: string[] = [];
    try {
      files = readdirSync(folder, { recursive: true }).map(String).filter((f) => /\.(json|js)$/.test(f));
    } catch {
      continue;
    }
    for (const file of files) out.push({ where: `${module.name}/${file}`, text: readFileSync(join(folder, file), 'utf8') });
  }
  return out;
}

describe('the Khmer glossary', () => {
  const rows = glossary();
  const words = new Set(rows.flatMap((r) => r.khmer.split('/').map((w) => w.trim())));

  it('is read from the README', () => {
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.find((r) => r.meaning.startsWith('working name'))!.never).toContain('ឈ្មោះការងារ');
  });

  it('is kept: no screen uses a phrase the glossary says never to use', () => {
    // a phrase, not a single word that is also the right word for another meaning (បើក opens a
    // screen), nor one the glossary qualifies ("alone", "too close to ...")
    const phrases = rows.flatMap((r) => r.never).filter((w) => /[\u1780-\u17FF]/.test(w) && !/[(/]| alone/.test(w) && !words.has(w));
    expect(phrases).toEqual(expect.arrayContaining(['បើកវា', 'បើកវិញ', 'ឈ្មោះការងារ', 'លេខសមាជិក']));
    const slips = khmerTexts().flatMap(({ where, text }) => phrases.filter((p) => text.includes(p)).map((p) => `${where}: ${p}`));
    expect(slips).toEqual([]);
  });

  it('gives quick exit and log out words that are not near each other', () => {
    expect(km['exit.label']).toBe(rows.find((r) => r.meaning.startsWith('quick exit'))!.khmer);
    expect(km['nav.logout']).toBe(rows.find((r) => r.meaning === 'log out')!.khmer);
  });
});
