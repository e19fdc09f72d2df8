import { endSession, session } from './session';

/** Where a quick exit lands: an ordinary weather search that says nothing about this app. */
export const NEUTRAL_PAGE = 'https://www.google.com/search?q=%E1%9E%A2%E1%9E%B6%E1%9E%80%E1%9E%B6%E1%9E%9F%E1%9E%92%E1%9E%B6%E1%9E%8F%E1%9E%BB';

const clearers = new Set<() => void>();

/** Screens holding something in memory (a revealed identity, a search) register how to forget it. */
export function onQuickExit(clear: () => void): () => void {
  clearers.add(clear);
  return () => clearers.delete(clear);
}

/**
 * Leaves at once: forgets what is in memory, ends the session on the server without waiting,
 * blanks the page and replaces this history entry with a neutral page.
 */
export function quickExit(target: string = NEUTRAL_PAGE): void {
  const token = session()?.token;
  endSession();
  clearers.forEach((clear) => {
    try {
      clear();
    } catch {
      /* leaving matters more than tidying */
    }
  });
  if (token) {
    fetch('/api/auth/logout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'omit',
      keepalive: true,
    }).catch(() => undefined);
  }
  document.title = '';
  document.body.replaceChildren();
  location.replace(target);
}
