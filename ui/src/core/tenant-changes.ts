/**
 * Tells the app that a tenant's shared data (its modules, its children, its state) changed on the
 * server, so that the context every screen reads is loaded anew. This does not go through DOM
 * events on purpose: the screen that made the change may be gone by the time the server answers
 * (the person moved on), and an event from a removed element reaches no one.
 */
type Listener = (slug: string) => void;

const listeners = new Set<Listener>();

export function onTenantChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function tenantChanged(slug: string): void {
  listeners.forEach((listener) => listener(slug));
}
