import { ApiError, send, seg } from '../core/api';
import type { ViewDefinition } from './ui-definition';

/** A plain file name, as the core requires of a module's element scripts: no folder, no dot segment. */
const SCRIPT_NAME = /^[a-z0-9][a-z0-9-]{0,62}\.js$/;
const TAG_TAIL = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Why an element view cannot be loaded, or null when it can. */
export function elementViewProblem(moduleId: string, view: ViewDefinition): string | null {
  const tag = view.tag ?? '';
  const prefix = `${moduleId}-`;
  if (!tag.startsWith(prefix) || !TAG_TAIL.test(tag.slice(prefix.length))) {
    return `the tag must be the module's own (${prefix}...)`;
  }
  if (!SCRIPT_NAME.test(view.script ?? '')) return 'the script must be a plain file name such as receipt.js';
  return null;
}

/** Where the core serves a module's element script for one tenant. */
export function elementScriptPath(tenant: string, moduleId: string, script: string): string {
  return `/api/t/${seg(tenant)}/modules/${seg(moduleId)}/elements/${seg(script)}`;
}

export type ScriptImporter = (source: string) => Promise<{ default?: unknown }>;

/**
 * Imports a script's text as an ES module. The script comes through fetch with the bearer token,
 * which a plain import() of its URL could not send (the app sends no cookies), so it is imported
 * from a blob URL, revoked once the module has run.
 */
export const importFromText: ScriptImporter = async (source) => {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
};

// by tag: one fetch per element however many screens ask at once; a failure may be tried again
const pending = new Map<string, Promise<void>>();

/**
 * Makes sure the view's custom element is defined: fetches the module's script from the core,
 * imports it, and defines its default export (a class extending HTMLElement) under the view's tag.
 */
export function defineModuleElement(tenant: string, moduleId: string, view: ViewDefinition,
  importer: ScriptImporter = importFromText): Promise<void> {
  const problem = elementViewProblem(moduleId, view);
  if (problem) return Promise.reject(new Error(`${moduleId}/${view.id}: ${problem}`));
  const tag = view.tag!;
  if (customElements.get(tag)) return Promise.resolve();
  let loading = pending.get(tag);
  if (!loading) {
    loading = load(elementScriptPath(tenant, moduleId, view.script!), tag, importer);
    loading.catch(() => pending.delete(tag));
    pending.set(tag, loading);
  }
  return loading;
}

async function load(path: string, tag: string, importer: ScriptImporter): Promise<void> {
  const answer = await send('GET', path, { accept: 'text/javascript', cache: 'no-cache' });
  if (!answer.ok) throw new ApiError(answer.status, '');
  if (!/^text\/javascript(;|$)/i.test(answer.headers.get('Content-Type') ?? '')) {
    throw new Error(`${path} is not served as JavaScript`);
  }
  const exported = (await importer(await answer.text())).default;
  if (typeof exported !== 'function' || !(exported.prototype instanceof HTMLElement)) {
    throw new Error(`${path} does not export a custom element class`);
  }
  if (!customElements.get(tag)) customElements.define(tag, exported as CustomElementConstructor);
}
