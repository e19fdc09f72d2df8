package org.sahakum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What an erasure leaves in the audit trail: that it happened and who did it, never whom it was
 * about. Take {@link #head} of each tenant before the erasure, then {@link #assertNoEntryNames}
 * with everything that identified the member (id, member code, a module's own record of them).
 */
public final class ErasureTrail {
  private ErasureTrail() {}

  /** The seq of the newest entry of {@code tenant}'s trail, 0 when it has none. */
  public static long head(ApiClient admin, String tenant) {
    List<JsonObject> newest = entries(admin, tenant, 1);
    return newest.isEmpty() ? 0 : newest.get(0).getJsonNumber("seq").longValue();
  }

  /**
   * Fails when an entry of {@code tenant} after {@code afterSeq} holds one of {@code identifiers}
   * as its target or as a word of its reason.
   */
  public static void assertNoEntryNames(ApiClient admin, String tenant, long afterSeq, Object... identifiers) {
    Set<String> named = Set.copyOf(Arrays.stream(identifiers).map(String::valueOf).toList());
    List<JsonObject> naming = entries(admin, tenant, 1000).stream()
        .filter(e -> e.getJsonNumber("seq").longValue() > afterSeq)
        .filter(e -> names(e, "targetId", named) || names(e, "reason", named))
        .toList();
    assertEquals(List.of(), naming, "an erasure's audit entries must not name the member " + named);
  }

  private static boolean names(JsonObject entry, String field, Set<String> identifiers) {
    if (!entry.containsKey(field) || entry.isNull(field)) {
      return false;
    }
    return Arrays.stream(entry.getString(field).split("[^\\p{L}\\p{N}-]+")).anyMatch(identifiers::contains);
  }

  private static List<JsonObject> entries(ApiClient admin, String tenant, int limit) {
    ApiResponse r = admin.get("/api/t/" + tenant + "/audit?limit=" + limit);
    assertEquals(200, r.status(), r.toString());
    return r.array().getValuesAs(JsonObject.class);
  }
}
