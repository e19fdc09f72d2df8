import { en, type MessageKey } from './en';
import { km } from './km';

export type Language = 'km' | 'en';

const catalogues: Record<Language, Record<MessageKey, string>> = { km, en };
const LANGUAGE_KEY = 'language';
const DIGITS_KEY = 'khmerDigits';

type Listener = () => void;
const listeners = new Set<Listener>();

// the language and digit choice are not personal data: they stay on the device
let language: Language = readLanguage();
let khmerDigits = readDigits();

function readLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'km';
  } catch {
    return 'km';
  }
}

function readDigits(): boolean {
  try {
    return localStorage.getItem(DIGITS_KEY) === '1';
  } catch {
    return false;
  }
}

export function currentLanguage(): Language {
  return language;
}

export function usesKhmerDigits(): boolean {
  return khmerDigits;
}

export function setLanguage(next: Language): void {
  language = next;
  try {
    localStorage.setItem(LANGUAGE_KEY, next);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function setKhmerDigits(on: boolean): void {
  khmerDigits = on;
  try {
    localStorage.setItem(DIGITS_KEY, on ? '1' : '0');
  } catch {
    /* as above */
  }
  listeners.forEach((l) => l());
}

export function onLocaleChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message for a key in the current language, with {name} placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogues[language][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A label given as data ({km, en}), in the current language. */
export function pick(label: { km: string; en: string } | undefined): string {
  if (!label) return '';
  return label[language] || label.en || label.km;
}

export function catalogue(lang: Language): Record<MessageKey, string> {
  return catalogues[lang];
}
