package org.sahakum.api;

import java.util.Optional;

/**
 * The port through which a module kept at the organisation (union dues: one receipt sequence, one
 * ledger) acts for staff whose grant is at one of the organisation's chapters, such as a team
 * leader of Kampot, limited to that chapter's members. Asked from {@link
 * ModuleContext#chapterMandates()}; the core answers it from the caller's grants, judged exactly as
 * it judges a request (role settings, the organisation's wall).
 *
 * <p>Where the request is made decides the answer:
 *
 * <ul>
 *   <li>At the organisation, a caller holding one of the permissions there acts for the whole
 *       organisation ({@link ChapterMandate#wholeOrganisation()}), with every chapter.
 *   <li>At a chapter, a caller holding one of them at that chapter (by a grant there, or one at the
 *       organisation that reaches it) acts for that chapter only. Nobody acts for a chapter from
 *       another one, nor for another organisation, nor from a network above the wall.
 *   <li>Elsewhere (a network, the platform), or without the permissions: empty.
 * </ul>
 *
 * <p>A module that uses the port answers at a chapter what it would otherwise answer at the
 * organisation only: it reads and writes through {@link ChapterMandate#organisation()}, whose
 * register holds only the mandate's members, limits its own lists to {@link
 * ChapterMandate#chapters()}, and looks members up with {@link ChapterMandate#member(String)}, which
 * refuses a member of another chapter with 403.
 */
public interface ChapterMandates {

  /** Whom the caller may act for holding at least one of {@code permissions}; empty when nobody. */
  Optional<ChapterMandate> holding(String... permissions);

  /**
   * Like {@link #holding(String...)}, but a caller who holds none of them here gets {@link
   * jakarta.ws.rs.ForbiddenException} naming them (403).
   */
  default ChapterMandate require(String... permissions) {
    return holding(permissions).orElseThrow(() -> new jakarta.ws.rs.ForbiddenException(
        "This needs " + (permissions.length == 1 ? "the permission " : "one of the permissions ")
            + String.join(", ", permissions) + " here."));
  }
}
