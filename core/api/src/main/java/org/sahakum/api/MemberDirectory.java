package org.sahakum.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the member register a module may read, for the request's tenant: at an
 * organisation, its whole register; at a chapter, that chapter's members. Erased members and
 * members of any other organisation are never found: a module that looks a member up here cannot
 * reach across the organisation's wall. Reads are not audited by the core; a module that shows
 * the answer audits its own read.
 */
public interface MemberDirectory {

  /** The members with these ids that this tenant holds; other ids are simply absent. At most 500 ids. */
  Map<Long, MemberRef> byIds(Collection<Long> ids);

  /** The member with this code, if this tenant holds them. */
  Optional<MemberRef> byCode(String memberCode);

  /** The member whose login is the caller, if the caller is a member of this organisation. */
  Optional<MemberRef> caller();

  /** The largest page {@link #activeAfter(long, int)} answers. */
  int MAX_PAGE = 500;

  /**
   * The active members this tenant holds (at a chapter: that chapter's) whose id is above
   * {@code afterId}, in id order, at most {@code limit} (1 to {@link #MAX_PAGE}): for walking the
   * whole register a page at a time, e.g. to fix a roll of voters. Pending and suspended members are
   * left out.
   */
  List<MemberRef> activeAfter(long afterId, int limit);

  /** The chapters of the request's organisation (at a chapter: that chapter only), by slug. */
  List<TenantRef> chapters();
}
