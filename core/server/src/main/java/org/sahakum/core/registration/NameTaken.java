package org.sahakum.core.registration;

import org.sahakum.api.Refusal;

/**
 * A registration chose a username the group has already (409). The attempt still takes one use of
 * the invite, committed despite the refusal, so that an invite's holder can test no more names than
 * the invite has uses: the 409 would otherwise tell her, without limit, which names exist there.
 */
public class NameTaken extends Refusal {
  public NameTaken() {
    super(409, "username-taken", "username",
        "This username is taken here; please choose another. (Each try uses one of the invite's uses.)");
  }
}
