import { describe, expect, it } from 'vitest';
import { checkFiles, parseProblems, safeFileName, sameFiles } from './definition-files';

describe('tenant definition files', () => {
  it('read the problems of a refusal with file, line and field', () => {
    const detail = 'Nothing was changed.\n'
      + "wnu.yaml:8: organisation: unknown field 'colour'; expected one of blueprint, chapters, code\n"
      + 'net.yaml:1: the file defines nothing: give a blueprint, an organisation or a network\n'
      + "wnu.yaml:12: organisation.chapters[2].slug: the slug 'x' is taken: choose another";
    expect(parseProblems(detail)).toEqual([
      { file: 'wnu.yaml', line: 8, field: 'organisation', message: "unknown field 'colour'; expected one of blueprint, chapters, code" },
      { file: 'net.yaml', line: 1, field: '', message: 'the file defines nothing: give a blueprint, an organisation or a network' },
      { file: 'wnu.yaml', line: 12, field: 'organisation.chapters[2].slug', message: "the slug 'x' is taken: choose another" },
    ]);
  });

  it('find no problems in a detail of another form', () => {
    expect(parseProblems('files[0].name: a file name without folders')).toEqual([]);
  });

  it('give uploaded files a name the server takes', () => {
    expect(safeFileName('wnu (1).yaml')).toBe('wnu-1-.yaml');
    expect(safeFileName('C:\\fakepath\\net.yaml')).toBe('net.yaml');
    expect(safeFileName('.hidden.yaml')).toBe('hidden.yaml');
    expect(safeFileName('ស.yaml')).toBe('yaml');
    expect(safeFileName('')).toBe('file.yaml');
  });

  it('are checked before sending', () => {
    expect(checkFiles([])).toEqual({ problem: 'needFile', name: '' });
    expect(checkFiles([{ name: 'a/b.yaml', text: 'x' }])).toEqual({ problem: 'badName', name: 'a/b.yaml' });
    expect(checkFiles([{ name: 'big.yaml', text: 'x'.repeat(10_001) }])).toEqual({ problem: 'tooLong', name: 'big.yaml' });
    expect(checkFiles([{ name: 'ok.yaml', text: 'network: {}' }])).toBeNull();
  });

  it('are applied only as they were checked', () => {
    const checked = [{ name: 'a.yaml', text: 'x' }];
    expect(sameFiles([{ name: 'a.yaml', text: 'x' }], checked)).toBe(true);
    expect(sameFiles([{ name: 'a.yaml', text: 'y' }], checked)).toBe(false);
    expect(sameFiles([], checked)).toBe(false);
  });
});
