/**
 * Whether the server could be reached the last time the app tried, and the sends that wait for it.
 * Nothing here is kept on the device: a form's typed values stay in the form (in memory), and a
 * waiting send is a function that reads them again when it runs.
 */
type Listener = (lost: boolean) => void;

let lost = false;
const listeners = new Set<Listener>();
/** One waiting send per owner (a form): its latest, so a form sent twice offline is sent once. */
const waiting = new Map<object, () => unknown>();

export function connectionIsLost(): boolean {
  return lost;
}

/** Calls `listener` whenever the connection is lost or found again; answers a function that stops it. */
export function onConnectionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The server was not reached; `retry` (for `owner`) is run again when the person asks to. */
export function connectionLost(owner?: object, retry?: () => unknown): void {
  if (owner && retry) waiting.set(owner, retry);
  set(true);
}

/** An answer came: nothing to say any more, and nothing waits (a form's own button sends it again). */
export function connectionWorks(): void {
  waiting.clear();
  set(false);
}

/**
 * Sends again whatever waits; with nothing waiting, asks the server whether it is there. A send
 * that fails again says so again through {@link connectionLost}.
 */
export async function retryWaiting(ping: () => Promise<unknown>): Promise<void> {
  const sends = [...waiting.values()];
  waiting.clear();
  set(false);
  if (sends.length === 0) {
    try {
      await ping();
    } catch {
      set(true);
    }
    return;
  }
  await Promise.all(sends.map((send) => Promise.resolve().then(send).catch(() => undefined)));
}

function set(now: boolean): void {
  if (lost === now) return;
  lost = now;
  listeners.forEach((l) => l(now));
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => connectionLost());
  // back online: the banner goes, and what waits is sent again (a form sent offline was meant to be sent)
  window.addEventListener('online', () => {
    if (waiting.size === 0) connectionWorks();
    else retryWaiting(() => Promise.resolve()).catch(() => undefined);
  });
}
