import { html, render } from 'lit';
import { api, seg, type Method } from '../core/api';
import { can, type Grants } from '../core/grants';
import { explainProblem } from '../core/problem-words';
import type { LocalizedText } from '../core/tenant-context';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../i18n/format';
import { currentLanguage, pick, type Language } from '../i18n/locale';

/**
 * What a module's custom element is given (as its `context` property), instead of reaching for
 * globals: where it is, the language, the module's own API with the bearer token, the app's
 * formats, and Lit's html and render, so that it needs no build and what it shows is escaped.
 * A new object is set whenever any of it changes (another record, another language).
 */
export interface ModuleElementContext {
  readonly tenant: string;
  readonly moduleId: string;
  /** The record the view was opened for, or null. */
  readonly recordId: string | null;
  readonly language: Language;
  /** The module's API: `path` is relative to /api/t/{tenant}/{module}/, e.g. `payments/12`. */
  api<T = unknown>(method: Method, path: string, body?: unknown): Promise<T>;
  /** The modules switched on here, by id: an element offers a step in another module only where that one is on. */
  readonly modules: readonly string[];
  /** Whether the person holds a permission here, so an element offers only what they may do. */
  may(permission: string): boolean;
  /** A {km, en} label in the current language. */
  text(label: LocalizedText): string;
  /**
   * What went wrong with a call of `api`, in the app's words and the person's language: a code
   * the app knows in its words, any other refusal by its kind, "check your connection" only when
   * the server was not reached. Never the server's English detail.
   */
  explain(refusal: unknown): string;
  readonly format: {
    number: typeof formatNumber;
    date: typeof formatDate;
    dateTime: typeof formatDateTime;
    money: typeof formatMoney;
  };
  readonly html: typeof html;
  readonly render: typeof render;
}

const SEGMENT = /^[A-Za-z0-9_~.-]+$/;
const QUERY = /^[A-Za-z0-9_~.=&%+-]*$/;

/** The module's API path for a relative one; anything that could leave the module's API is refused. */
export function moduleApiPath(tenant: string, moduleId: string, relative: string): string {
  const [path, query, ...rest] = relative.split('?');
  const segments = path.split('/');
  const plain = rest.length === 0 && QUERY.test(query ?? '')
    && segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..');
  if (!plain) throw new Error(`not a path of the module's API: ${relative}`);
  return `/api/t/${seg(tenant)}/${seg(moduleId)}/${segments.map(seg).join('/')}${query ? `?${query}` : ''}`;
}

/** Where the element sits beyond its own module: the tenant's switched-on modules and the person's grants. */
export interface ElementSurroundings {
  modules: readonly string[];
  grants?: Grants;
}

export function elementContext(tenant: string, moduleId: string, recordId: string | null,
  around: ElementSurroundings = { modules: [] }): ModuleElementContext {
  return Object.freeze({
    tenant,
    moduleId,
    recordId,
    modules: Object.freeze([...around.modules]),
    may: (permission: string) => can(around.grants, permission),
    language: currentLanguage(),
    api: <T>(method: Method, path: string, body?: unknown) => api<T>(method, moduleApiPath(tenant, moduleId, path), body),
    text: pick,
    explain: (refusal: unknown) => explainProblem(refusal),
    format: Object.freeze({ number: formatNumber, date: formatDate, dateTime: formatDateTime, money: formatMoney }),
    html,
    render,
  });
}
