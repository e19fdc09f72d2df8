package org.sahakum.auditchain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit entry: SHA-256, in lower-case hex, over the hash of the entry before and
 * the entry's fields joined by U+001F (a character no field may hold, so fields cannot shift into
 * each other). Every stored chain was written with exactly this; changing it breaks them all.
 */
public final class ChainHash {
  /** The "hash before" the first entry of every chain, and the head of a chain with no entries. */
  public static final String GENESIS = "0".repeat(64);

  private static final String SEPARATOR = "\u001f";

  private ChainHash() {}

  /**
   * @param at the entry's time, truncated to microseconds as the database stores it
   * @param reason appended only when not null, so entries written before reasons existed keep their hash
   */
  public static String of(String prev, long tenantId, long seq, Instant at, Long actor, String action,
      String targetType, String targetId, String reason) {
    String line = String.join(SEPARATOR, prev, Long.toString(tenantId), Long.toString(seq), at.toString(),
        String.valueOf(actor), action, String.valueOf(targetType), String.valueOf(targetId));
    if (reason != null) {
      line = line + SEPARATOR + reason;
    }
    return HexFormat.of().formatHex(sha256().digest(line.getBytes(StandardCharsets.UTF_8)));
  }

  /** The hash {@code entry} must carry when it follows an entry whose hash is {@code prev}. */
  public static String of(String prev, long tenantId, AuditEntry entry) {
    return of(prev, tenantId, entry.seq(), entry.at(), entry.actorAccountId(), entry.action(), entry.targetType(),
        entry.targetId(), entry.reason());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
