import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ModuleUiDefinition } from './ui-definition';

/**
 * A module's UI definition as the core serves it, for tests (only *.test.ts import this): the
 * core's shared option lists (`"optionList": "places"`) filled in from their one source,
 * `org.sahakum.api.Places`.
 */
export function servedDefinition(pathFromRepo: string): ModuleUiDefinition {
  const places = [...readFileSync(resolve(process.cwd(), '../core/api/src/main/java/org/sahakum/api/Places.java'), 'utf8')
    .matchAll(/place\("([^"]+)", "([^"]+)", "([^"]+)"\)/g)]
    .map(([, value, km, en]) => ({ value, label: { km, en } }));
  const lists: Record<string, unknown> = { places };
  const text = readFileSync(resolve(process.cwd(), '..', pathFromRepo), 'utf8');
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && typeof value.optionList === 'string') {
      const { optionList, ...rest } = value;
      return { ...rest, options: lists[optionList] };
    }
    return value;
  });
}
