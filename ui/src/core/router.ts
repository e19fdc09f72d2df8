/** The screen a hash names, such as #/t/wnu/members/12 → {path: ['t','wnu','members','12']}. */
export interface Route {
  parts: string[];
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { parts, query: new URLSearchParams(query) };
}

export function currentRoute(): Route {
  return parseRoute(location.hash);
}

/**
 * Moves to another screen by replacing the history entry: the app takes one entry in the
 * browser's history, so a quick exit leaves nothing behind to go back to.
 */
export function navigate(path: string): void {
  location.replace('#' + path);
}

/** A link target for a route made of segments. */
export function href(...parts: (string | number)[]): string {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

/** Sends clicks on in-app links through navigate(), so that they too replace the entry. */
export function replaceLinkNavigation(root: EventTarget): void {
  root.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const target = link?.getAttribute('href');
    if (!target || !target.startsWith('#/')) return;
    e.preventDefault();
    navigate(target.slice(1));
  });
}
