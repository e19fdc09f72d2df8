package org.sahakum.api;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/**
 * What the core hands a module for one request. Valid only during that request.
 *
 * <p>The EntityManager is scoped to {@link #tenant()}: every entity extending {@link TenantOwned}
 * is filtered to that tenant on read (JPQL, criteria, {@code find}, bulk update and delete) and
 * stamped with it on insert. It has joined the request's transaction, which the core commits when
 * the response is a success and rolls back otherwise. Native SQL, {@code unwrap}, changing its
 * properties and reaching its factory are refused.
 */
public interface ModuleContext {

  TenantRef tenant();

  Caller caller();

  EntityManager entityManager();

  AuditTrail audit();

  /**
   * The clock to use for every time the module records. Its zone is the operator's
   * ({@code SAHAKUM_TIME_ZONE}, by default Asia/Phnom_Penh), so {@code LocalDate.now(clock())}
   * is the users' "today".
   */
  Clock clock();

  /** The member register as this tenant may read it: codes and working names, never identities. */
  MemberDirectory members();

  /** The staff accounts of this tenant that hold a given permission here: ids and login names only. */
  StaffDirectory staff();

  /**
   * Good standing as the module that keeps the organisation's dues answers it, inside this
   * request's transaction; empty when no such module is installed or the organisation has not
   * switched it on. The core works the same without it.
   */
  Optional<GoodStanding> goodStanding();

  /**
   * Encryption at rest with the data key of the request's organisation (at a chapter, its
   * organisation's). Only an organisation and its chapters hold a data key: elsewhere the sealer
   * refuses with {@link IllegalStateException}. While a chapter is locked down, {@link Sealer#open}
   * refuses at that chapter, and at its organisation until the request is cleared through
   * {@link #lockdown()}: see {@link Lockdown}.
   */
  Sealer sealer();

  /**
   * Whether chapters of the request's organisation are locked down, and the checks a module makes
   * before it opens sealed values or answers files or exports about them; see {@link Lockdown} for
   * what the core refuses by itself.
   */
  Lockdown lockdown();

  /**
   * For a module kept at the organisation: whom this request's caller may act for there, the
   * organisation or only the chapter the request is made at; see {@link ChapterMandates}.
   */
  ChapterMandates chapterMandates();

  /**
   * At a chapter, the caller's own member record in the organisation above and a context there that
   * acts for that record only; empty elsewhere, and for a caller who is not a member of this chapter.
   * See {@link MemberAtOrganisation}.
   */
  Optional<MemberAtOrganisation> memberAtOrganisation();
}
