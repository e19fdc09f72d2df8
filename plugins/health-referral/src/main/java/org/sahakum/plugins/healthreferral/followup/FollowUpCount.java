package org.sahakum.plugins.healthreferral.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.sahakum.api.TenantOwned;

/**
 * One slot of the count of referrals owed a follow-up on a date ({@link FollowUpCounts}): a date's
 * slots add up to how many referrals are owed then. Written only through {@link FollowUpCounts}.
 */
@Entity
@Table(name = "health_follow_up_count")
@IdClass(FollowUpCount.Key.class)
public class FollowUpCount extends TenantOwned {

  @Id
  @Column(name = "due")
  private LocalDate due;

  /** Whose change made this row: the referral's id doubled, plus one when the change cleared its follow-up. */
  @Id
  @Column(name = "slot")
  private long slot;

  @Column(name = "owed", nullable = false)
  private int owed;

  protected FollowUpCount() {}

  FollowUpCount(LocalDate due, long slot, int owed) {
    this.due = due;
    this.slot = slot;
    this.owed = owed;
  }

  /** The primary key within a tenant: the date and the slot. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private LocalDate due;
    private long slot;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && slot == k.slot && Objects.equals(due, k.due);
    }

    @Override
    public int hashCode() {
      return Objects.hash(due, slot);
    }
  }
}
