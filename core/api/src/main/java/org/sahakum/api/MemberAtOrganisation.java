package org.sahakum.api;

/**
 * The port through which a module answering at a chapter acts for the caller's <b>own</b> member
 * record in the organisation directly above, for what a member does for themself in a vote of the
 * whole organisation (list the ballots they may cast, cast one, read the results, accept their
 * nomination): a member logs in at their chapter, and a grant at a chapter never reaches its
 * organisation. Asked from {@link ModuleContext#memberAtOrganisation()}.
 *
 * <p>The core answers it only in a module's request made at a chapter, by a caller whose login is a
 * member of that chapter (as the organisation's register says: not erased). At the organisation, at
 * a network or the platform, for a staff account that is no member, or for a member of another
 * chapter, the answer is empty. It grants no permission: it reaches one member record, the
 * caller's, and nothing else.
 */
public interface MemberAtOrganisation {

  /** The caller's own member record, as the organisation's register names it. */
  MemberRef member();

  /**
   * The module's context at the organisation for this request, reduced to the caller's own record:
   *
   * <ul>
   *   <li>{@link ModuleContext#tenant()} is the organisation; its EntityManager is scoped to it and
   *       joined to the request's transaction (a read stays read-only);
   *   <li>its register ({@link ModuleContext#members()}) finds only {@link #member()}: {@code
   *       caller} is that record, any other code is not found, {@code activeAfter} is empty (the
   *       register cannot be walked) and {@code chapters} is the member's own. {@code byIds} names
   *       the organisation's members by the ids the module stores (code and working name, as a
   *       ballot shows its candidates), as the register does for a member logged in there;
   *   <li>its caller keeps their account id and holds no permission there ({@code isPermitted} is
   *       false for every permission, {@code require} throws 403);
   *   <li>its audit trail records at the organisation, with the caller as actor;
   *   <li>its staff directory is empty, good standing is absent, its sealer refuses ({@link
   *       IllegalStateException}), it has no chapter mandate and no further member port; its clock
   *       and lockdown are the request's.
   * </ul>
   *
   * <p>The module itself must limit what it does with the EntityManager to the member's own rows,
   * as it would for a member at the organisation.
   */
  ModuleContext organisation();
}
