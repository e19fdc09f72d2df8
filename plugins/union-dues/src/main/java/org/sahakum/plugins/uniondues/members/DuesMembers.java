package org.sahakum.plugins.uniondues.members;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.sahakum.api.ChapterMandate;
import org.sahakum.api.MemberRef;
import org.sahakum.api.ModuleContext;

/** Members as the dues screens name them: by member code, looked up in the core's register. */
public final class DuesMembers {
  private DuesMembers() {}

  /** The member with this code here; 422 when the register holds no such member. */
  public static MemberRef byCode(ModuleContext ctx, String memberCode) {
    return ctx.members().byCode(memberCode).orElseThrow(DuesMembers::unknown);
  }

  /**
   * The organisation's member with this code, if the mandate covers them: 403 ({@code other-chapter})
   * for a member of another chapter, 422 when the organisation holds no such member.
   */
  public static MemberRef byCode(ChapterMandate mandate, String memberCode) {
    return mandate.member(memberCode).orElseThrow(DuesMembers::unknown);
  }

  private static org.sahakum.api.Refusal unknown() {
    return org.sahakum.api.Refusal.unprocessable("memberCode", "unknown-member", "memberCode: no member with this code here.");
  }

  /** Code and working name of each of these members (erased members are absent); null ids are skipped. */
  public static Map<Long, MemberRef> byIds(ModuleContext ctx, Collection<Long> ids) {
    // a HashMap, so that looking up an erased member's null id answers null
    return new HashMap<>(ctx.members().byIds(ids.stream().filter(Objects::nonNull).distinct().toList()));
  }
}
