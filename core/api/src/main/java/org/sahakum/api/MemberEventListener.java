package org.sahakum.api;

/**
 * A module's ear for {@link MemberEvent}s.
 *
 * <p>The core calls it inside the transaction that changes the member, once for each node of the
 * member's organisation (the organisation, then each chapter), with a context scoped to that
 * node: rows the module keeps at any of them are in reach. If it throws, the whole change is
 * undone and the caller is told which module refused; an erasure never half happens.
 */
@FunctionalInterface
public interface MemberEventListener {

  void onMemberEvent(ModuleContext context, MemberEvent event);
}
