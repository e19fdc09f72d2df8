package org.sahakum.api;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link ChapterMandates} answer lets a module do for one request: act at the organisation,
 * for the members of {@link #chapters()} (or for all of them, {@link #wholeOrganisation()}).
 */
public interface ChapterMandate {

  /**
   * True when the caller acts for the whole organisation (the request is at the organisation): every
   * chapter and the members kept directly in the organisation.
   */
  boolean wholeOrganisation();

  /** The chapters acted for: at a chapter, that one; for the whole organisation, all of them. */
  List<TenantRef> chapters();

  /** The ids of {@link #chapters()}, for a module's own {@code chapter_id IN (...)} queries. */
  default List<Long> chapterIds() {
    return chapters().stream().map(TenantRef::id).toList();
  }

  /**
   * The module's context at the organisation for this request: its EntityManager is scoped to the
   * organisation and joined to the request's transaction (a read stays read-only), so what is
   * written takes the organisation's sequences; its register ({@link ModuleContext#members()}) holds
   * only the members of the mandate's chapters; its caller's permissions are judged where the request
   * was made; its audit trail records at that tenant too, with the caller as actor.
   */
  ModuleContext organisation();

  /** Whether this member (as the organisation's register names them) is one the mandate covers. */
  default boolean covers(MemberRef member) {
    if (wholeOrganisation()) {
      return true;
    }
    return member.chapter() != null && chapterIds().contains(member.chapter().id());
  }

  /**
   * The organisation's member with this code if the mandate covers them; empty when the
   * organisation has no such member (or they are erased). A member of one of the organisation's
   * other chapters is refused with a {@link Refusal} of 403, code {@code other-chapter} on the field
   * {@code memberCode}, whose detail names the chapters the caller acts for.
   */
  Optional<MemberRef> member(String memberCode);
}
