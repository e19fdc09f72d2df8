/**
 * The link an admin invite is sent as: `{origin}/#/welcome/{tenant}/{code}`. The code sits in the
 * fragment, which the browser never sends to the server, like the member join link; only the
 * accept call carries it, in its body.
 */
export const WELCOME_ROUTE = 'welcome';

/** A tenant slug as the server makes them. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An invite code as the server issues them: 12 letters and digits. */
const CODE = /^[A-Za-z0-9]{12}$/;

export interface AdminInvite {
  tenant: string;
  code: string;
}

export function adminInviteLink(origin: string, invite: AdminInvite): string {
  return `${origin.replace(/\/+$/, '')}/#/${WELCOME_ROUTE}/${encodeURIComponent(invite.tenant)}/${encodeURIComponent(invite.code)}`;
}

/**
 * The invite a route names (#/welcome/{tenant}/{code}), or null when the link came through broken:
 * cut short, or with punctuation a chat app glued to its end.
 */
export function parseAdminInvite(parts: readonly string[]): AdminInvite | null {
  const [first, tenant, code, ...rest] = parts;
  if (first !== WELCOME_ROUTE || rest.length > 0 || !tenant || !code) return null;
  const cleanCode = code.trim();
  if (!SLUG.test(tenant) || tenant.length > 63 || !CODE.test(cleanCode)) return null;
  return { tenant, code: cleanCode };
}
