import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file a plugin ships for the web app (tests only: the app itself fetches them from the core). */
export function pluginFile(plugin: string, path: string): string {
  return readFileSync(resolve(process.cwd(), `../plugins/${plugin}/src/main/resources/ui/${path}`), 'utf8');
}

/** Defines a plugin's element script under `tag`, as the element host would after importing it. */
export function definePluginElement(plugin: string, script: string, tag: string): void {
  const text = pluginFile(plugin, `${plugin}/${script}`);
  customElements.define(tag, new Function(text.replace('export default class', 'return class'))() as CustomElementConstructor);
}
