package org.sahakum.core.twostep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sahakum.core.tenancy.Tenant;
import org.sahakum.core.tenancy.TenantType;

/**
 * Keeps the sensitive permissions from staff who have not enrolled in the second step, where
 * their organisation requires it. The realm asks it after a grant was found; the answers are kept
 * in the caller's memo, which the security epoch clears when an enrolment or a requirement changes.
 */
@ApplicationScoped
public class TwoStepGate {

  /** Identity reveal, exports, role management and lockdown. */
  public static final Set<String> GUARDED =
      Set.of("member:identity:read", "member:export", "role:manage", "tenant:lockdown");

  /** Keeps one answer per key for as long as the caller's other look-ups are kept. */
  public interface Memo {
    boolean fact(String key, BooleanSupplier load);
  }

  @Inject TwoSteps twoSteps;

  /**
   * Whether {@code permission}, asked at the first tenant of {@code pathUp} (which runs up to the
   * root), is held back from {@code accountId} until it enrols.
   */
  public boolean holdsBack(long accountId, String permission, List<Tenant> pathUp, Memo memo) {
    if (!GUARDED.contains(permission)) {
      return false;
    }
    Tenant organisation = pathUp.stream().filter(t -> t.getType() == TenantType.ORGANISATION).findFirst().orElse(null);
    if (organisation == null || !memo.fact("required:" + organisation.getId(), () -> twoSteps.requiredAt(organisation.getId()))) {
      return false;
    }
    return !memo.fact("enrolled:" + accountId, () -> twoSteps.enrolled(accountId));
  }
}
