const KEY = 'loginGroup';
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The group (tenant slug) this phone logs in to, kept only when the person chose it, so that a
 * member needs only her login name and password. Only the slug is kept: no name, no password, no
 * account. It stays until she forgets it on the login screen; a quick exit does not take it, or she
 * could not log in again without asking for it.
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
