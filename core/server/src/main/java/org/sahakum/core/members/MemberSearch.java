package org.sahakum.core.members;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A search of the register, sent as a body so that a name or a phone number never appears in a
 * URL. Every field is optional: {@code q} matches a working name or a member code, {@code phone}
 * a phone number through the blind index; {@code offset} (0) and {@code limit} (50) page.
 */
public record MemberSearch(
    @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}%_]*", message = "plain text only") String q,
    @Size(max = 32) @Pattern(regexp = "[0-9 +()-]*", message = "a phone number") String phone,
    @Pattern(regexp = STATUSES, message = "pending, active or suspended") String status,
    @Min(0) @Max(1_000_000) Integer offset,
    @Min(1) @Max(200) Integer limit) {
  static final String STATUSES = "pending|active|suspended";

  int offsetOrFirst() {
    return offset == null ? 0 : offset;
  }

  int limitOrDefault() {
    return limit == null ? 50 : limit;
  }
}
