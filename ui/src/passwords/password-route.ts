import type { Session } from '../core/session';

/** The route of the password screen: #/password. */
export const PASSWORD_ROUTE = 'password';

/**
 * Whether a screen must wait for a new password: after a login with an admin's temporary password,
 * the server answers every other call 403, so the app shows the change screen and nothing else.
 */
export function passwordChangeFirst(current: Session | null, first: string | undefined): boolean {
  return current?.passwordChangeRequired === true && first !== PASSWORD_ROUTE;
}
