import { onQuickExit } from '../core/quick-exit';

const KEY = 'loginGroup';
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The group (tenant slug) this phone logs in to, kept only when the person chose it, so that a
 * member needs only her login name and password. Only the slug is kept: no name, no password, no
 * account. It stays until she forgets it on the login screen or leaves by the quick exit: the slug
 * names her chapter of a union, which whoever takes the phone must not find on the login screen.
 */
export function rememberedGroup(): string | null {
  try {
    const slug = localStorage.getItem(KEY);
    return slug && SLUG.test(slug) ? slug : null;
  } catch {
    return null;
  }
}

export function rememberGroup(slug: string): void {
  if (!SLUG.test(slug)) return;
  try {
    localStorage.setItem(KEY, slug);
  } catch {
    /* storage unavailable: the group is typed next time */
  }
}

// registered once, when the login first loads: a quick exit leaves no trace of the group
onQuickExit(() => forgetGroup());

export function forgetGroup(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing was kept */
  }
}

/** A group's slug as a route carries it, or '' when it is not one. */
export function groupSlug(raw: string | undefined): string {
  const slug = (raw ?? '').trim().toLowerCase();
  return SLUG.test(slug) ? slug : '';
}
