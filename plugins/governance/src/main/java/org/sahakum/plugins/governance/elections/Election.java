package org.sahakum.plugins.governance.elections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sahakum.api.TenantOwned;

/**
 * An election or a motion of the organisation, for the whole organisation or one chapter. Closed is
 * not stored: a vote is closed from its closing time on, whoever looks.
 */
@Entity
@Table(name = "gov_election")
public class Election extends TenantOwned {
  public static final String ELECTION = "election";
  public static final String MOTION = "motion";
  public static final String DRAFT = "draft";
  public static final String OPEN = "open";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "title_km", nullable = false)
  private String titleKm;

  @Column(name = "title_en", nullable = false)
  private String titleEn;

  @Column(nullable = false)
  private int seats;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "chapter_slug")
  private String chapterSlug;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(nullable = false)
  private String status = DRAFT;

  @Column(name = "opened_on")
  private LocalDate openedOn;

  @Column(name = "standing_checked", nullable = false)
  private boolean standingChecked;

  @Column(nullable = false)
  private int eligible;

  @Column(name = "not_in_standing", nullable = false)
  private int notInStanding;

  @Column(name = "erased_eligible", nullable = false)
  private int erasedEligible;

  @Column(name = "erased_voted", nullable = false)
  private int erasedVoted;

  @Column(nullable = false)
  private boolean scrubbed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Election() {}

  public Election(String kind, String titleKm, String titleEn, int seats, Long chapterId, String chapterSlug,
      Instant opensAt, Instant closesAt, Instant createdAt) {
    this.kind = kind;
    this.titleKm = titleKm;
    this.titleEn = titleEn;
    this.seats = seats;
    this.chapterId = chapterId;
    this.chapterSlug = chapterSlug;
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.createdAt = createdAt;
  }

  /** Whether ballots are taken at {@code now}: opened, and before the closing time. */
  public boolean isOpenAt(Instant now) {
    return OPEN.equals(status) && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }

  public boolean isClosedAt(Instant now) {
    return !now.isBefore(closesAt);
  }

  /** The state a person reads: draft, open or closed. */
  public String stateAt(Instant now) {
    return isClosedAt(now) ? "closed" : status;
  }

  /**
   * Fixes the roll's figures when the vote opens (the day only, never the moment): {@code eligibleVoters}
   * stays the roll's size at opening, erased members included.
   */
  public void open(LocalDate today, boolean checked, int eligibleVoters, int notInGoodStanding) {
    this.status = OPEN;
    this.openedOn = today;
    this.standingChecked = checked;
    this.eligible = eligibleVoters;
    this.notInStanding = notInGoodStanding;
  }

  /** An erased member leaves the roll: their place, and whether they voted, stay as counts. */
  public void erasedFromRoll(boolean voted) {
    erasedEligible++;
    if (voted) {
      erasedVoted++;
    }
  }

  public void markScrubbed() {
    scrubbed = true;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public boolean isMotion() {
    return MOTION.equals(kind);
  }

  public String getTitleKm() {
    return titleKm;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public int getSeats() {
    return seats;
  }

  public Long getChapterId() {
    return chapterId;
  }

  public String getChapterSlug() {
    return chapterSlug;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public String getStatus() {
    return status;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public boolean isStandingChecked() {
    return standingChecked;
  }

  public int getEligible() {
    return eligible;
  }

  public int getNotInStanding() {
    return notInStanding;
  }

  public int getErasedEligible() {
    return erasedEligible;
  }

  public int getErasedVoted() {
    return erasedVoted;
  }

  public boolean isScrubbed() {
    return scrubbed;
  }
}
