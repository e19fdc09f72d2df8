package org.sahakum.core.members;

import java.time.Instant;

/**
 * A member as listed and shown: never an identifying field. {@code chapter} is the chapter's slug
 * (for links and forms), {@code chapterNames} its Khmer and English names (what a person reads).
 */
public record MemberView(long id, String memberCode, String workingName, String chapter, Names chapterNames, String status,
    Instant createdAt) {

  /** A tenant's names as a person reads them. */
  public record Names(String km, String en) {}

  /** As a query selects it: the chapter's slug and names in columns of their own (all null without a chapter). */
  public MemberView(long id, String memberCode, String workingName, String chapter, String chapterKm, String chapterEn,
      String status, Instant createdAt) {
    this(id, memberCode, workingName, chapter, chapter == null ? null : new Names(chapterKm, chapterEn), status, createdAt);
  }
}
