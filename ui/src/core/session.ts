/** Who is logged in, as the login call answered. */
export interface Session {
  token: string;
  tenant: string;
  accountId: number;
  expiresAt: string;
  /** An admin reset the password: the person must choose a new one before anything else. */
  passwordChangeRequired?: boolean;
}

const KEY = 'session';
let current: Session | null = null;

/**
 * The token lives in sessionStorage, so it ends with the tab; only when the person chose "keep me
 * logged in" does it go to localStorage.
 */
export function startSession(session: Session, keep: boolean): void {
  endSession();
  current = session;
  (keep ? localStorage : sessionStorage).setItem(KEY, JSON.stringify(session));
}

export function session(): Session | null {
  if (!current) current = stored(sessionStorage) ?? stored(localStorage);
  if (current && Date.parse(current.expiresAt) <= Date.now()) endSession();
  return current;
}

/** The password was changed: the session goes on, kept where it was kept. */
export function markPasswordChanged(): void {
  const now = session();
  if (!now) return;
  const kept = stored(localStorage) !== null;
  startSession({ ...now, passwordChangeRequired: false }, kept);
}

export function endSession(): void {
  current = null;
  for (const store of [sessionStorage, localStorage]) {
    try {
      store.removeItem(KEY);
    } catch {
      /* storage unavailable: nothing was kept there */
    }
  }
}

function stored(store: Storage): Session | null {
  try {
    const raw = store.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}
