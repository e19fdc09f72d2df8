package org.sahakum.api;

/**
 * Whether a chapter of the request's organisation is locked down (after a raid or a seized phone),
 * as {@link ModuleContext#lockdown()} answers it for one request.
 *
 * <p>While a chapter is locked down, nothing that could name or expose its members leaves: no
 * sealed value about them is opened, no file or export about them is answered. The core enforces
 * this for every module, whatever the module does:
 *
 * <ul>
 *   <li><b>At the locked chapter itself</b> ({@code /api/t/{chapter}/{module}/...}):
 *       {@link Sealer#open} throws the core's 423, and an answer that is a file or an export (a
 *       body that is not JSON, or one with a {@code Content-Disposition}) is replaced by 423 and
 *       its transaction rolled back. Everything else keeps working, so staff above the chapter can
 *       still record what happens (a detention, a hearing, a payment) and read JSON lists.
 *   <li><b>At an organisation with a locked chapter</b>, the core cannot know which of the
 *       module's rows are about that chapter, so it refuses the same two things (opening a sealed
 *       value, answering a file or export) unless the module has first cleared the request through
 *       one of the {@code require...} methods below, which throw 423 for a locked chapter and
 *       otherwise vouch for the request. A module that forgets to ask is refused, not let through.
 * </ul>
 *
 * <p>A module asks here before it opens sealed values or answers files or exports about a member
 * or a chapter: {@link #requireMemberOpen} for a member's rows (a case's notes and files),
 * {@link #requireOpen} for a chapter's, {@link #requireAllOpen} for an export across the whole
 * organisation. Writes that only seal new values need no check. The 423 is the core's problem
 * answer with a plain {@code detail}; the module lets it propagate.
 */
public interface Lockdown {

  /**
   * Whether {@code tenantId} is the request's tenant or one of the request's organisation's
   * chapters, and is locked down; false for any other id.
   */
  boolean isLocked(long tenantId);

  /**
   * Whether the member's chapter is locked down (false for a member directly in the organisation,
   * or one this tenant does not hold).
   */
  boolean isMemberLocked(long memberId);

  /** Throws 423 when {@link #isLocked} holds for {@code tenantId}; otherwise clears the request. */
  void requireOpen(long tenantId);

  /** Throws 423 when {@link #isMemberLocked} holds, or the request's tenant is locked; otherwise clears the request. */
  void requireMemberOpen(long memberId);

  /**
   * Throws 423 when the request's tenant or any of its organisation's chapters it covers is locked
   * down (at an organisation: any chapter; at a chapter: that chapter); otherwise clears the
   * request. For exports and other reads across the whole tenant.
   */
  void requireAllOpen();
}
