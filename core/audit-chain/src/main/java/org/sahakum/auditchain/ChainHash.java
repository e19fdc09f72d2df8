package org.sahakum.auditchain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit entry, in lower-case hex, over the hash of the entry before and the
 * entry's fields joined by U+001F (a character no field may hold, so fields cannot shift into each
 * other). Two versions: the {@linkplain #of plain} SHA-256 that chains were written with before
 * they were keyed (anyone able to write the database could recompute it), and the
 * {@linkplain #keyed keyed} HMAC-SHA256 of the same text with the {@link ChainKey}, used from a
 * chain's {@link KeyedFrom} on. Every stored chain was written with exactly these; changing
 * either breaks them all.
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
    String line = line(prev, tenantId, seq, at, actor, action, targetType, targetId, reason);
    return HexFormat.of().formatHex(sha256().digest(line.getBytes(StandardCharsets.UTF_8)));
  }

  /** The keyed hash of an entry: HMAC-SHA256 with {@code key} over the same fields as {@link #of}. */
  public static String keyed(ChainKey key, String prev, long tenantId, long seq, Instant at, Long actor,
      String action, String targetType, String targetId, String reason) {
    return key.mac(line(prev, tenantId, seq, at, actor, action, targetType, targetId, reason));
  }

  /** As {@link #keyed(ChainKey, String, long, long, Instant, Long, String, String, String, String)}. */
  public static String keyed(ChainKey key, String prev, long tenantId, AuditEntry entry) {
    return keyed(key, prev, tenantId, entry.seq(), entry.at(), entry.actorAccountId(), entry.action(),
        entry.targetType(), entry.targetId(), entry.reason());
  }

  /**
   * The mark of a chain keyed from entry {@code seq}, whose entry before that one has the hash
   * {@code prev} ({@link #GENESIS} when the chain is keyed from its first entry).
   */
  public static String keyedFromMark(ChainKey key, long tenantId, long seq, String prev) {
    return key.mac(String.join(SEPARATOR, "keyed-from", Long.toString(tenantId), Long.toString(seq), prev));
  }

  private static String line(String prev, long tenantId, long seq, Instant at, Long actor, String action,
      String targetType, String targetId, String reason) {
    String line = String.join(SEPARATOR, prev, Long.toString(tenantId), Long.toString(seq), at.toString(),
        String.valueOf(actor), action, String.valueOf(targetType), String.valueOf(targetId));
    return reason == null ? line : line + SEPARATOR + reason;
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
